using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

/// <summary>A status change of a proposal: who, when, why, and whether an admin overrode a timing rule. Never changed.</summary>
public sealed class ProposalTransition
{
    /// <summary>
    /// The reason of the first entry of a proposal drafted and published on this forum (recorded proposals' first entry
    /// says "Recorded from the governance record."): the import looks for it so it never overwrites such a proposal.
    /// </summary>
    public const string PublishedHereReason = "Published for comments.";

    private ProposalTransition()
    {
        Reason = string.Empty;
    }

    internal ProposalTransition(Proposal proposal, ProposalStatus? from, ProposalStatus to, Member actor, string reason, bool isOverride, DateTimeOffset at)
    {
        Proposal = proposal;
        From = from;
        To = to;
        Actor = actor;
        Reason = reason;
        IsOverride = isOverride;
        At = at;
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public Proposal Proposal { get; private set; } = null!;

    /// <summary>Null for the first entry (publication of a draft).</summary>
    public ProposalStatus? From { get; private set; }

    public ProposalStatus To { get; private set; }

    public int ActorId { get; private set; }

    public Member Actor { get; private set; } = null!;

    public string Reason { get; private set; }

    public bool IsOverride { get; private set; }

    public DateTimeOffset At { get; private set => field = value.ToUniversalTime(); }
}
