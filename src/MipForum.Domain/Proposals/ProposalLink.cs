using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

/// <summary>How two proposals relate; shown on both pages, worded from each side.</summary>
public enum ProposalRelation
{
    /// <summary>"Related to" on both sides.</summary>
    Related = 0,

    /// <summary>"Replaces" on the linking side, "Replaced by" on the other (an onboarding replacing an offboarded facilitator).</summary>
    Replaces = 1,
}

/// <summary>A link from one proposal to another, made by one of its authors or an admin.</summary>
public sealed class ProposalLink
{
    private ProposalLink()
    {
    }

    internal ProposalLink(Proposal from, Proposal to, ProposalRelation relation, Member linkedBy, DateTimeOffset at)
    {
        From = from;
        To = to;
        Relation = relation;
        LinkedBy = linkedBy;
        LinkedAt = at;
    }

    public int Id { get; private set; }

    public int FromId { get; private set; }

    public Proposal From { get; private set; } = null!;

    public int ToId { get; private set; }

    public Proposal To { get; private set; } = null!;

    public ProposalRelation Relation { get; private set; }

    public int LinkedById { get; private set; }

    public Member LinkedBy { get; private set; } = null!;

    public DateTimeOffset LinkedAt { get; private set; }
}
