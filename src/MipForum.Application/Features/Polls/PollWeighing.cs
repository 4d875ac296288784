using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

/// <summary>
/// Reads what <see cref="BallotWeights"/> needs for a poll's voters at a moment: their snapshot weights and the
/// delegations to them, with the weights of those delegators. Two queries, whatever the number of ballots.
/// </summary>
public sealed class PollWeighing(IForumDbContext db)
{
    public async Task<Dictionary<int, decimal>> WeightsAsync(Poll poll, DateTimeOffset moment, CancellationToken cancellationToken)
    {
        var voters = poll.Ballots.Select(b => b.VoterId).ToList();
        if (poll.Weighting == PollWeighting.Member || poll.SnapshotId is not { } snapshotId)
        {
            var joined = await db.Members.Where(m => voters.Contains(m.Id)).Select(m => new { m.Id, m.JoinedAt }).ToListAsync(cancellationToken);
            var late = joined.Where(m => !poll.CountsMemberWhoJoinedAt(m.JoinedAt)).Select(m => m.Id).ToHashSet();
            return BallotWeights.At(moment, PollWeighting.Member, voters, new Dictionary<int, decimal>(), [], late);
        }

        var delegations = await db.Delegations.AsNoTracking().Where(d => voters.Contains(d.DelegateId)).ToListAsync(cancellationToken);
        var weighed = voters.Concat(delegations.Select(d => d.DelegatorId)).Distinct().ToList();
        var snapshot = await db.WeightSnapshots.Where(s => s.Id == snapshotId).SelectMany(s => s.Entries)
            .Where(e => weighed.Contains(e.MemberId))
            .Select(e => new { e.MemberId, e.Weight })
            .ToDictionaryAsync(e => e.MemberId, e => e.Weight, cancellationToken);
        return BallotWeights.At(moment, PollWeighting.Snapshot, voters, snapshot, delegations);
    }

    /// <summary>One voter's weight now, without reading the other ballots' weights: for the answer to their own ballot.</summary>
    public async Task<decimal> WeightOfAsync(Poll poll, int voterId, DateTimeOffset moment, CancellationToken cancellationToken)
    {
        if (poll.SnapshotId is not { } snapshotId)
        {
            var joinedAt = await db.Members.Where(m => m.Id == voterId).Select(m => m.JoinedAt).SingleAsync(cancellationToken);
            var late = poll.CountsMemberWhoJoinedAt(joinedAt) ? null : new HashSet<int> { voterId };
            return BallotWeights.At(moment, PollWeighting.Member, [voterId], new Dictionary<int, decimal>(), [], late)[voterId];
        }

        // The rule stays BallotWeights': it is given this voter, their delegations, and which of those delegators voted.
        // While the results are hidden, which delegators voted is not the delegate's to learn (their weight would drop
        // as each one votes): the weight is then what they would carry if none did, "up to" it until the close.
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.DelegateId == voterId).ToListAsync(cancellationToken);
        var delegatorIds = delegations.Select(d => d.DelegatorId).ToList();
        var votedToo = poll.Visibility == ResultsVisibility.AfterClose
            ? []
            : await db.Ballots.Where(b => b.PollId == poll.Id && delegatorIds.Contains(b.VoterId)).Select(b => b.VoterId).ToListAsync(cancellationToken);
        var snapshot = await db.WeightSnapshots.Where(s => s.Id == snapshotId).SelectMany(s => s.Entries)
            .Where(e => e.MemberId == voterId || delegatorIds.Contains(e.MemberId))
            .ToDictionaryAsync(e => e.MemberId, e => e.Weight, cancellationToken);
        return BallotWeights.At(moment, PollWeighting.Snapshot, [voterId, .. votedToo], snapshot, delegations)[voterId];
    }

    /// <summary>
    /// What turnout is measured against: the snapshot's total weight, or the members whose ballot counts (those who
    /// joined before the poll was announced). A member suspended since stays in it: a ballot they cast before counts, so
    /// leaving them out could put turnout above 100%.
    /// </summary>
    public async Task<decimal> EligibleTotalAsync(Poll poll, DateTimeOffset moment, CancellationToken cancellationToken) =>
        poll.SnapshotId is { } snapshotId
            ? await db.WeightSnapshots.Where(s => s.Id == snapshotId).Select(s => s.TotalWeight).SingleAsync(cancellationToken)
            // Poll.CountsMemberWhoJoinedAt, as SQL: the count must not load every member.
            : await db.Members.CountAsync(m => m.JoinedAt <= poll.CreatedAt, cancellationToken);
}
