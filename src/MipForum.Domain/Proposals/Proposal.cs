using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

/// <summary>
/// A MIP, one of its components, or a subproposal under a component: a structured document with a lifecycle.
/// A draft (<see cref="IsDraft"/>) has no code yet and is seen only by its authors; publishing numbers it.
/// </summary>
public sealed partial class Proposal : IVersioned
{
    public const int TitleMinLength = 10;
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 500;
    public const int ReasonMaxLength = 1000;
    public const int MaxCoAuthors = 10;

    private readonly List<ProposalTransition> _transitions = [];
    private readonly List<ProposalRevision> _revisions = [];
    private readonly List<ProposalCoAuthor> _coAuthors = [];
    private readonly List<ProposalAnnex> _annexes = [];
    private List<string> _tags = [];

    private Proposal()
    {
        Title = string.Empty;
        Summary = string.Empty;
        BodyMarkdown = string.Empty;
        BodyCooked = string.Empty;
        BodyText = string.Empty;
    }

    private Proposal(ProposalKind kind, Proposal? parent, string title, string summary, Member author, CookedMarkdown body, DateTimeOffset now)
    {
        Kind = kind;
        Parent = parent;
        Title = RequireTitle(title);
        Summary = RequireSummary(summary);
        Author = author;
        Status = ProposalStatus.Conception;
        BodyMarkdown = body.Markdown;
        BodyCooked = body.Html;
        BodyText = body.Text;
        ProposedAt = now;
        UpdatedAt = now;
        StatusChangedAt = now;
        ContentChangedAt = now;
        Version = 1;
        FeedbackDays = ProposalPeriods.Default.FeedbackDays;
        FrozenDays = ProposalPeriods.Default.FrozenDays;
    }

    public int Id { get; private set; }

    /// <inheritdoc/>
    public int RowVersion { get; private set; }

    /// <summary>The canonical code, e.g. MIP41c5-SP2; unique. Null while the proposal is a draft (numbers are given on publication).</summary>
    public string? Code { get; private set; }

    public ProposalKind Kind { get; private set; }

    // The code's numbers, stored so lists sort MIP2 before MIP10 and c4 before c10.
    public int MipNumber { get; private set; }

    public int? ComponentNumber { get; private set; }

    public int? SubproposalNumber { get; private set; }

    public int? ParentId { get; private set; }

    public Proposal? Parent { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    public ProposalStatus Status { get; private set; }

    public int AuthorId { get; private set; }

    public Member Author { get; private set; } = null!;

    public DateTimeOffset ProposedAt { get; private set => field = value.ToUniversalTime(); }

    public DateTimeOffset UpdatedAt { get; private set => field = value.ToUniversalTime(); }

    public DateTimeOffset? RatifiedAt { get; private set => field = value?.ToUniversalTime(); }

    public string BodyMarkdown { get; private set; }

    /// <summary>Sanitized HTML cooked from <see cref="BodyMarkdown"/> on write; pages show it as is.</summary>
    public string BodyCooked { get; private set; }

    /// <summary>The text a reader reads in <see cref="BodyCooked"/>, without markup: what search indexes.</summary>
    public string BodyText { get; private set; }

    /// <summary>When the draft was published (numbered and shown to everyone); null for a draft.</summary>
    public DateTimeOffset? PublishedAt { get; private set => field = value?.ToUniversalTime(); }

    public bool IsDraft => PublishedAt is null;

    /// <summary>A draft's scheduled publication time, if its authors set one.</summary>
    public DateTimeOffset? PublishAt { get; private set => field = value?.ToUniversalTime(); }

    /// <summary>When the current request for comments began; the feedback period counts from here.</summary>
    public DateTimeOffset? RfcAt { get; private set => field = value?.ToUniversalTime(); }

    public DateTimeOffset StatusChangedAt { get; private set => field = value.ToUniversalTime(); }

    /// <summary>The last change of title or body; the frozen period counts from here.</summary>
    public DateTimeOffset ContentChangedAt { get; private set => field = value.ToUniversalTime(); }

    /// <summary>1 on creation, +1 per content change: an edit names the version it started from.</summary>
    public int Version { get; private set; }

    /// <summary>The minimum feedback period, in days: a component's own for its subproposals, copied to each subproposal on publication.</summary>
    public int FeedbackDays { get; private set; }

    public int FrozenDays { get; private set; }

    public ProposalPeriods Periods => new(FeedbackDays, FrozenDays);

    /// <summary>On a process component: the template its subproposals follow; null otherwise.</summary>
    public SubproposalTemplate? Template { get; private set; }

    /// <summary>
    /// Whether the record's title heading carries no code (<c># Maker Atlas Immutable Alignment Artifact</c>, the code
    /// being in the preamble and path): the export then writes the heading the same way, so the file goes back unchanged.
    /// </summary>
    public bool HeadingOmitsCode { get; private set; }

    /// <summary>The preamble block as written (key order and values kept, for faithful export).</summary>
    public List<PreambleEntry> Preamble { get; private set; } = [];

    public IReadOnlyCollection<ProposalTransition> Transitions => _transitions;

    public IReadOnlyCollection<ProposalRevision> Revisions => _revisions;

    public IReadOnlyCollection<ProposalCoAuthor> CoAuthors => _coAuthors;

    /// <summary>On a component: the documents the repository keeps beside it (lists, registers); see <see cref="ProposalAnnex"/>.</summary>
    public IReadOnlyCollection<ProposalAnnex> Annexes => _annexes;

    /// <summary>Lower-case tags (as threads have), from the preamble's Tags line or the drafting form.</summary>
    public IReadOnlyList<string> Tags => _tags;

    public const int MaxTags = 10;

    /// <summary>
    /// Sets the tags from free text as the repository writes them ("process, core-unit-framework"): lower-cased, spaces
    /// to dashes; what still is not a tag is left out (the preamble keeps it as written).
    /// </summary>
    public void SetTags(IEnumerable<string> tags) =>
        _tags = tags
            .Select(t => string.Join('-', t.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(Discussions.ThreadTags.IsTag)
            .Distinct()
            .Take(MaxTags)
            .ToList();

    public ProposalCode ParsedCode => ProposalCode.Parse(Code ?? throw new InvalidOperationException("A draft has no code yet."));

    /// <summary>
    /// Who may attach a discussion thread to this proposal: its authors and co-authors, and staff (admins act as
    /// governance facilitators; moderators keep discussions in place). Needs the co-authors loaded.
    /// </summary>
    public bool MayAttachThread(Member member) => IsAuthor(member) || member.IsStaff;

    public void EnsureMayAttachThread(Member member)
    {
        if (!MayAttachThread(member))
        {
            throw new NotPermittedException($"Only the authors of {Code ?? "this proposal"}, moderators and admins can attach a thread to it. Start the thread without the proposal and mention {Code ?? "it"} in the text instead.");
        }
    }

    /// <summary>Its authors and co-authors revise a proposal, and admins; read models pass whether the member is an author.</summary>
    public static bool MayBeRevisedBy(Member editor, bool byAuthor) => byAuthor || editor.IsAdmin;

    /// <summary>Whether the member wrote the proposal or was added as a co-author.</summary>
    public bool IsAuthor(Member member) =>
        member.Is(Author)
        || (member.Id != 0 && member.Id == AuthorId)
        || _coAuthors.Any(c => (member.Id != 0 && c.MemberId == member.Id) || member.Is(c.Member));

    /// <summary>
    /// Records a proposal that already exists in the governance record (demo content, an import): it has its code and is
    /// published as of <paramref name="proposedAt"/>. A component or subproposal must name the parent its code implies.
    /// </summary>
    public static Proposal Recorded(ProposalCode code, Proposal? parent, string title, string summary, Member author, CookedMarkdown body, DateTimeOffset proposedAt)
    {
        var expectedParent = code.Parent;
        if (expectedParent is null && parent is not null)
        {
            throw new DomainRuleException($"{code} is a MIP and has no parent.");
        }

        if (expectedParent is not null && (parent is null || parent.Code != expectedParent.ToString()))
        {
            throw new DomainRuleException($"{code} belongs under {expectedParent}.");
        }

        var proposal = new Proposal(code.Kind, parent, title, summary, author, body, proposedAt);
        proposal.AssignCode(code);
        proposal.PublishedAt = proposedAt;
        if (parent?.Template is not null)
        {
            proposal.FeedbackDays = parent.FeedbackDays;
            proposal.FrozenDays = parent.FrozenDays;
        }

        return proposal;
    }

    /// <summary>
    /// Sets a recorded proposal's status from the record (an import, demo content) without lifecycle rules: this is
    /// history, not a decision taken here (with <paramref name="recordedBy"/>, the timeline says so). Decisions go through <see cref="MoveTo"/>.
    /// </summary>
    public void RecordStatus(ProposalStatus status, DateTimeOffset at, Member? recordedBy = null)
    {
        if (IsDraft)
        {
            throw new DomainRuleException("A draft has no recorded status.");
        }

        if (recordedBy is not null)
        {
            // The timeline shows where a recorded status came from; the first entry has no "from".
            _transitions.Add(new ProposalTransition(this, _transitions.Count == 0 && Status == ProposalStatus.Conception ? null : Status, status, recordedBy, "Recorded from the governance record.", false, at));
        }

        Status = status;
        StatusChangedAt = at;
        UpdatedAt = at > UpdatedAt ? at : UpdatedAt;
        if (status is ProposalStatus.Rfc or ProposalStatus.FormalSubmission)
        {
            RfcAt ??= ProposedAt;
        }

        if (status == ProposalStatus.Accepted)
        {
            RatifiedAt ??= at;
        }
    }

    /// <summary>Makes this component a process component whose subproposals follow the template, with its own periods.</summary>
    public void PrescribeTemplate(SubproposalTemplate template, ProposalPeriods periods)
    {
        if (Kind != ProposalKind.Component)
        {
            throw new DomainRuleException("Only a component can prescribe a subproposal template.");
        }

        Template = template;
        FeedbackDays = periods.FeedbackDays;
        FrozenDays = periods.FrozenDays;
    }

    /// <summary>Attaches a document from the record to this component (an import); the caller has checked it is new.</summary>
    public ProposalAnnex AttachAnnex(string path, string title, CookedMarkdown content, DateTimeOffset now)
    {
        if (Kind != ProposalKind.Component || IsDraft)
        {
            throw new DomainRuleException("Only a published component has annexes.");
        }

        var annex = new ProposalAnnex(this, path, title, content, now);
        _annexes.Add(annex);
        return annex;
    }

    private void AssignCode(ProposalCode code)
    {
        Code = code.ToString();
        Kind = code.Kind;
        MipNumber = code.Mip;
        ComponentNumber = code.Component;
        SubproposalNumber = code.Subproposal;
    }

    /// <summary>Stores HTML re-cooked from the unchanged body; returns whether it changed. Not an edit: UpdatedAt stays.</summary>
    public bool RecookBody(CookedMarkdown body)
    {
        if (body.Markdown != BodyMarkdown)
        {
            throw new DomainRuleException("Re-cooking must start from the proposal's own text.");
        }

        if (body.Html == BodyCooked && body.Text == BodyText)
        {
            return false;
        }

        BodyCooked = body.Html;
        BodyText = body.Text;
        return true;
    }

    private static string RequireTitle(string value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (!VisibleText.HasVisibleCharacter(trimmed))
        {
            throw new DomainRuleException("A proposal needs a title.");
        }

        if (VisibleText.ContainsHiddenControl(trimmed))
        {
            throw new DomainRuleException("A proposal title cannot contain control characters or text-direction controls (U+202A–U+202E, U+2066–U+2069).");
        }

        return trimmed.Length <= TitleMaxLength
            ? trimmed
            : throw new DomainRuleException($"A proposal title has at most {TitleMaxLength} characters.");
    }

    private static string RequireSummary(string? value) =>
        (value ?? string.Empty).Trim() is var trimmed && trimmed.Length <= SummaryMaxLength
            ? trimmed
            : throw new DomainRuleException($"A proposal summary has at most {SummaryMaxLength} characters.");

    private static string RequireReason(string? reason)
    {
        var trimmed = reason?.Trim() ?? string.Empty;
        if (!VisibleText.HasVisibleCharacter(trimmed))
        {
            throw new DomainRuleException("Give a reason: it is shown on the proposal's timeline.");
        }

        return trimmed.Length <= ReasonMaxLength
            ? trimmed
            : throw new DomainRuleException($"A reason has at most {ReasonMaxLength} characters.");
    }
}
