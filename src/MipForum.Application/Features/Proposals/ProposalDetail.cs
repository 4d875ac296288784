using MipForum.Application.Features.Threads;
using MipForum.Domain.Proposals;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Proposals;

/// <summary>An annex as its component's page lists it; its file name is its address.</summary>
public sealed record AnnexRef(string FileName, string Title);

public sealed record ThreadRef(int Id, string Title, string Slug, int PostCount, DateTimeOffset LastActivityAt);

public sealed record ProposalDetail(
    int Id,
    string Code,
    string Title,
    ProposalKind Kind,
    ProposalStatus Status,
    string? ParentCode,
    string? ParentTitle,
    string Summary,
    MemberRef Author,
    DateTimeOffset ProposedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? RatifiedAt,
    string BodyCooked,
    IReadOnlyList<ProposalSummary> Children,
    IReadOnlyList<ThreadRef> Threads)
{
    /// <summary>The preamble lines as written (imports) or generated on publication.</summary>
    public IReadOnlyList<PreambleEntry> Preamble { get; init; } = [];

    /// <summary>Status changes, oldest first: who, when, why, and whether a timing rule was overridden.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    public IReadOnlyList<MemberRef> CoAuthors { get; init; } = [];

    public int FeedbackDays { get; init; }

    public int FrozenDays { get; init; }

    /// <summary>While in RFC: when the feedback period ends and the text freezes.</summary>
    public DateTimeOffset? FeedbackEndsAt { get; init; }

    /// <summary>While in RFC: the first moment Formal Submission is allowed without an override.</summary>
    public DateTimeOffset? FormalSubmissionFrom { get; init; }

    public int Version { get; init; }

    /// <summary>How many earlier texts the proposal has (its history page shows them).</summary>
    public int RevisionCount { get; init; }

    /// <summary>The statuses the caller may move it to now (empty for anonymous readers and others).</summary>
    public IReadOnlyList<ProposalStatus> NextStatuses { get; init; } = [];

    /// <summary>Whether the caller may edit the text (an author, or an admin).</summary>
    public bool CanEdit { get; init; }

    /// <summary>Whether the caller may override a timing rule when moving it (<see cref="Domain.Proposals.Proposal.MayOverrideRules"/>).</summary>
    public bool CanOverrideRules { get; init; }

    /// <summary>Proposals linked to this one, in either direction, worded from this side.</summary>
    public IReadOnlyList<RelatedProposal> Related { get; init; } = [];

    /// <summary>Links made, proposed, accepted and removed, oldest first (the timeline shows them with the status changes).</summary>
    public IReadOnlyList<LinkTimelineEntry> LinkHistory { get; init; } = [];

    /// <summary>On a component: the documents the repository keeps beside it (lists, registers), by title.</summary>
    public IReadOnlyList<AnnexRef> Annexes { get; init; } = [];

    /// <summary>On a process component: whether it prescribes its own subproposal template.</summary>
    public bool HasTemplate { get; init; }
}

/// <summary>
/// A linked proposal as this proposal's page shows it: "Replaces MIP41c4-SP1", "Replaced by …", "Related to …". A proposed
/// link (<see cref="Pending"/>) shows on the linking page, and on the other page only to its authors and admins, who can
/// accept it (<see cref="CanAccept"/>); <see cref="CanRemove"/> offers removing it.
/// </summary>
public sealed record RelatedProposal(string Code, string Title, ProposalStatus Status, string Relation)
{
    public bool Pending { get; init; }

    public bool CanAccept { get; init; }

    public bool CanRemove { get; init; }

    public static string Describe(ProposalRelation relation, bool outgoing, bool pending = false) => (relation, outgoing, pending) switch
    {
        (ProposalRelation.Replaces, true, true) => "Proposes to replace",
        (ProposalRelation.Replaces, false, true) => "Proposed as replaced by",
        (ProposalRelation.Replaces, true, false) => "Replaces",
        (ProposalRelation.Replaces, false, false) => "Replaced by",
        (_, _, true) => "Proposed as related to",
        _ => "Related to",
    };
}

/// <summary>A timeline line about a link: "Linked: replaces MIP41c4-SP1", "Link removed: replaced by …", with who and when.</summary>
public sealed record LinkTimelineEntry(ProposalLinkEventKind Kind, string OtherCode, string Relation, MemberRef Actor, DateTimeOffset At)
{
    public string What => Kind switch
    {
        ProposalLinkEventKind.Proposed => "Link proposed",
        ProposalLinkEventKind.Accepted => "Link accepted",
        ProposalLinkEventKind.Removed => "Link removed",
        _ => "Linked",
    };
}
