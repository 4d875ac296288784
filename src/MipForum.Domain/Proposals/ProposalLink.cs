using MipForum.Domain.Common;
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

/// <summary>
/// A link from one proposal to another, made by one of its authors or an admin. A link that changes the other
/// proposal's page ("Replaced by") waits for one of that proposal's authors, or an admin, to accept it.
/// </summary>
public sealed class ProposalLink
{
    private ProposalLink()
    {
    }

    internal ProposalLink(Proposal from, Proposal to, ProposalRelation relation, Member linkedBy, bool accepted, DateTimeOffset at)
    {
        From = from;
        To = to;
        Relation = relation;
        LinkedBy = linkedBy;
        LinkedAt = at;
        if (accepted)
        {
            AcceptedBy = linkedBy;
            AcceptedAt = at;
        }
    }

    public int Id { get; private set; }

    public int FromId { get; private set; }

    public Proposal From { get; private set; } = null!;

    public int ToId { get; private set; }

    public Proposal To { get; private set; } = null!;

    public ProposalRelation Relation { get; private set; }

    public int LinkedById { get; private set; }

    public Member LinkedBy { get; private set; } = null!;

    public DateTimeOffset LinkedAt { get; private set => field = value.ToUniversalTime(); }

    public int? AcceptedById { get; private set; }

    public Member? AcceptedBy { get; private set; }

    /// <summary>When the other proposal's side agreed; null while the link is only proposed (not shown on its page).</summary>
    public DateTimeOffset? AcceptedAt { get; private set => field = value?.ToUniversalTime(); }

    public bool IsPending => AcceptedAt is null;

    /// <summary>The timeline lines for making this link: on both proposals, or only on the linking one while it is proposed.</summary>
    public ProposalLinkEvent[] Made() =>
        IsPending ? [ProposalLinkEvent.Both(this, ProposalLinkEventKind.Proposed, LinkedBy, LinkedAt)[0]] : ProposalLinkEvent.Both(this, ProposalLinkEventKind.Linked, LinkedBy, LinkedAt);

    /// <summary>An author of the linked-to proposal, or an admin, accepts a proposed link; its page then shows it.</summary>
    public ProposalLinkEvent[] Accept(Member actor, DateTimeOffset now)
    {
        if (!IsPending)
        {
            throw new DomainRuleException($"The link between {From.Code} and {To.Code} is already accepted.");
        }

        if (!To.IsAuthor(actor) && !actor.IsAdmin)
        {
            throw new NotPermittedException($"Only the authors of {To.Code} (or an admin) can accept the link from {From.Code} to it.");
        }

        AcceptedBy = actor;
        AcceptedAt = now;
        return ProposalLinkEvent.Both(this, ProposalLinkEventKind.Accepted, actor, now);
    }

    /// <summary>An author of either proposal, or an admin, removes the link (proposed or accepted); both timelines say so.</summary>
    public ProposalLinkEvent[] Remove(Member actor, DateTimeOffset now)
    {
        if (!From.IsAuthor(actor) && !To.IsAuthor(actor) && !actor.IsAdmin)
        {
            throw new NotPermittedException($"Only the authors of {From.Code} or {To.Code} (or an admin) can remove the link between them.");
        }

        // A proposed link never showed on the other page: its withdrawal is only on the linking proposal's timeline.
        var lines = ProposalLinkEvent.Both(this, ProposalLinkEventKind.Removed, actor, now);
        return IsPending ? [lines[0]] : lines;
    }
}
