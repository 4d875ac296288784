using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

/// <summary>A MIP, one of its components, or a subproposal under a component.</summary>
public sealed class Proposal
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 500;

    private Proposal()
    {
        Code = string.Empty;
        Title = string.Empty;
        Summary = string.Empty;
        BodyMarkdown = string.Empty;
        BodyCooked = string.Empty;
    }

    private Proposal(ProposalCode code, Proposal? parent, string title, string summary, Member author, CookedMarkdown body, DateTimeOffset now)
    {
        Code = code.ToString();
        Kind = code.Kind;
        MipNumber = code.Mip;
        ComponentNumber = code.Component;
        SubproposalNumber = code.Subproposal;
        Parent = parent;
        Title = RequireText(title, TitleMaxLength, "title");
        Summary = summary.Trim().Length <= SummaryMaxLength
            ? summary.Trim()
            : throw new DomainRuleException($"A proposal summary has at most {SummaryMaxLength} characters.");
        Author = author;
        Status = ProposalStatus.Conception;
        BodyMarkdown = body.Markdown;
        BodyCooked = body.Html;
        ProposedAt = now;
        UpdatedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>The canonical code, e.g. MIP41c5-SP2; unique.</summary>
    public string Code { get; private set; }

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

    public DateTimeOffset ProposedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? RatifiedAt { get; private set; }

    public string BodyMarkdown { get; private set; }

    /// <summary>Sanitized HTML cooked from <see cref="BodyMarkdown"/> on write; pages show it as is.</summary>
    public string BodyCooked { get; private set; }

    public ProposalCode ParsedCode => ProposalCode.Parse(Code);

    /// <summary>Drafts a proposal in Conception. A component or subproposal must name the parent its code implies.</summary>
    public static Proposal Draft(ProposalCode code, Proposal? parent, string title, string summary, Member author, CookedMarkdown body, DateTimeOffset now)
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

        return new Proposal(code, parent, title, summary, author, body, now);
    }

    /// <summary>Sets the status. The full lifecycle (who may move what where) arrives with the proposals issue.</summary>
    public void ChangeStatus(ProposalStatus status, DateTimeOffset now)
    {
        Status = status;
        UpdatedAt = now;
        if (status == ProposalStatus.Accepted)
        {
            RatifiedAt ??= now;
        }
    }

    /// <summary>Stores HTML re-cooked from the unchanged body; returns whether it changed. Not an edit: UpdatedAt stays.</summary>
    public bool RecookBody(CookedMarkdown body)
    {
        if (body.Markdown != BodyMarkdown)
        {
            throw new DomainRuleException("Re-cooking must start from the proposal's own text.");
        }

        if (body.Html == BodyCooked)
        {
            return false;
        }

        BodyCooked = body.Html;
        return true;
    }

    private static string RequireText(string value, int maxLength, string what)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException($"A proposal needs a {what}.");
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainRuleException($"A proposal {what} has at most {maxLength} characters.");
    }
}
