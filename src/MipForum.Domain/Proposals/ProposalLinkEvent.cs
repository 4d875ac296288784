using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

public enum ProposalLinkEventKind
{
    /// <summary>Linked, shown on both pages.</summary>
    Linked = 0,

    /// <summary>Proposed: shown on the linking page only, until the other side accepts.</summary>
    Proposed = 1,

    Accepted = 2,

    Removed = 3,
}

/// <summary>
/// A line of a proposal's timeline about its links: linked, proposed, accepted or removed, by whom and when. Each change
/// writes one for each of the two proposals, worded from its side. The other proposal's code is kept as text, as the
/// moderation log keeps its labels, so the line still reads after the link is gone.
/// </summary>
public sealed class ProposalLinkEvent
{
    private ProposalLinkEvent()
    {
        OtherCode = string.Empty;
    }

    private ProposalLinkEvent(Proposal proposal, string otherCode, ProposalRelation relation, bool outgoing, ProposalLinkEventKind kind, Member actor, DateTimeOffset at)
    {
        Proposal = proposal;
        OtherCode = otherCode;
        Relation = relation;
        Outgoing = outgoing;
        Kind = kind;
        Actor = actor;
        At = at;
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public Proposal Proposal { get; private set; } = null!;

    public string OtherCode { get; private set; }

    public ProposalRelation Relation { get; private set; }

    /// <summary>True on the linking proposal's timeline ("Replaces …"), false on the other's ("Replaced by …").</summary>
    public bool Outgoing { get; private set; }

    public ProposalLinkEventKind Kind { get; private set; }

    public int ActorId { get; private set; }

    public Member Actor { get; private set; } = null!;

    public DateTimeOffset At { get; private set => field = value.ToUniversalTime(); }

    /// <summary>The two lines for one change of <paramref name="link"/>: one on each proposal's timeline.</summary>
    public static ProposalLinkEvent[] Both(ProposalLink link, ProposalLinkEventKind kind, Member actor, DateTimeOffset at) =>
    [
        new(link.From, link.To.Code ?? string.Empty, link.Relation, true, kind, actor, at),
        new(link.To, link.From.Code ?? string.Empty, link.Relation, false, kind, actor, at),
    ];
}
