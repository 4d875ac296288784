namespace MipForum.Domain.Proposals;

/// <summary>Who may move a published proposal from which status to which (MIP0's lifecycle). Timing rules live on <see cref="Proposal"/>.</summary>
public static class ProposalLifecycle
{
    /// <summary>Who a transition is for: the proposal's authors, or admins acting as governance facilitators.</summary>
    [Flags]
    public enum Movers
    {
        None = 0,
        Authors = 1,
        Governance = 2,
        Both = Authors | Governance,
    }

    private static readonly Dictionary<(ProposalStatus From, ProposalStatus To), Movers> Allowed = new()
    {
        [(ProposalStatus.Conception, ProposalStatus.Rfc)] = Movers.Both,
        [(ProposalStatus.Conception, ProposalStatus.Withdrawn)] = Movers.Both,
        [(ProposalStatus.Rfc, ProposalStatus.Withdrawn)] = Movers.Both,
        [(ProposalStatus.FormalSubmission, ProposalStatus.Withdrawn)] = Movers.Both,
        [(ProposalStatus.Deferred, ProposalStatus.Withdrawn)] = Movers.Both,
        [(ProposalStatus.Rfc, ProposalStatus.FormalSubmission)] = Movers.Governance,
        [(ProposalStatus.FormalSubmission, ProposalStatus.Accepted)] = Movers.Governance,
        [(ProposalStatus.FormalSubmission, ProposalStatus.Rejected)] = Movers.Governance,
        [(ProposalStatus.Rfc, ProposalStatus.Deferred)] = Movers.Governance,
        [(ProposalStatus.FormalSubmission, ProposalStatus.Deferred)] = Movers.Governance,
        [(ProposalStatus.Deferred, ProposalStatus.Rfc)] = Movers.Governance,
        [(ProposalStatus.Deferred, ProposalStatus.Obsolete)] = Movers.Governance,
        [(ProposalStatus.Accepted, ProposalStatus.Obsolete)] = Movers.Governance,
    };

    /// <summary>Who may make the move; <see cref="Movers.None"/> when the lifecycle has no such step.</summary>
    public static Movers WhoMay(ProposalStatus from, ProposalStatus to) => Allowed.GetValueOrDefault((from, to));

    /// <summary>The statuses reachable from <paramref name="from"/> by someone in <paramref name="movers"/>.</summary>
    public static IReadOnlyList<ProposalStatus> NextFor(ProposalStatus from, Movers movers) =>
        Allowed.Where(a => a.Key.From == from && (a.Value & movers) != Movers.None).Select(a => a.Key.To).ToList();

    public static bool IsFinal(ProposalStatus status) =>
        status is ProposalStatus.Rejected or ProposalStatus.Withdrawn or ProposalStatus.Obsolete;
}
