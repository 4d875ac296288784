namespace MipForum.Domain.Polls;

/// <summary>
/// The weight each ballot carries at a moment (the close, or now for live results). One member one vote: 1 each, and 0 for
/// a member who joined after the poll was announced (<paramref name="joinedAfterAnnouncement"/>), so accounts made for a poll cannot
/// tip it; they may still vote, and are told so. Weighted:
/// the voter's snapshot weight (0 if the snapshot does not list them, e.g. they joined later) plus the snapshot weight of
/// every member whose delegation to them is active at that moment and who did not vote in this poll themselves (a direct
/// ballot overrides the delegation, for this poll only). One level: a delegator's own delegated-in weight is not passed on.
/// </summary>
/// <remarks>A snapshot poll needs no such rule: the snapshot was fixed when the poll was made, before any later account.</remarks>
public static class BallotWeights
{
    public static Dictionary<int, decimal> At(
        DateTimeOffset moment,
        PollWeighting weighting,
        IReadOnlyCollection<int> voters,
        IReadOnlyDictionary<int, decimal> snapshot,
        IEnumerable<Delegation> delegations,
        IReadOnlySet<int>? joinedAfterAnnouncement = null)
    {
        if (weighting == PollWeighting.Member)
        {
            return voters.ToDictionary(v => v, v => joinedAfterAnnouncement?.Contains(v) == true ? 0m : 1m);
        }

        var weights = voters.ToDictionary(v => v, v => snapshot.GetValueOrDefault(v));
        foreach (var delegation in delegations)
        {
            if (delegation.IsActiveAt(moment) && !weights.ContainsKey(delegation.DelegatorId) && weights.ContainsKey(delegation.DelegateId))
            {
                weights[delegation.DelegateId] += snapshot.GetValueOrDefault(delegation.DelegatorId);
            }
        }

        return weights;
    }
}
