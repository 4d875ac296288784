using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

/// <summary>
/// "delegate · carries N" beside a delegate's posts (information only): how many members delegate to them now and, when a
/// weight snapshot exists, the weight they would carry in it (their own plus their delegators', as a weighted poll on the
/// newest snapshot would count it, by <see cref="BallotWeights"/>; ADR 0021). <see cref="SnapshotLabel"/> names that snapshot.
/// </summary>
public sealed record DelegateNote(int Delegators, decimal? Carries, string? SnapshotLabel);

/// <summary>The notes for the authors of one page, in at most three queries for the page, never one per post.</summary>
public sealed class DelegateNotes(IForumDbContext db, TimeProvider time)
{
    private static readonly IReadOnlyDictionary<int, DelegateNote> None = new Dictionary<int, DelegateNote>();

    /// <summary>When the earliest of the delegations just read ends (the notes change then without a write); null if none ends.</summary>
    public DateTimeOffset? ChangesAt { get; private set; }

    public async Task<IReadOnlyDictionary<int, DelegateNote>> ForAsync(IReadOnlyCollection<int> memberIds, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return None;
        }

        var now = time.GetUtcNow();
        var delegations = (await db.Delegations.AsNoTracking().Where(d => memberIds.Contains(d.DelegateId)).ToListAsync(cancellationToken))
            .Where(d => d.IsActiveAt(now))
            .ToList();
        ChangesAt = delegations.Min(d => d.ExpiresAt);
        if (delegations.Count == 0)
        {
            return None;
        }

        var newest = await db.WeightSnapshots.AsNoTracking().OrderByDescending(s => s.Id).Select(s => new { s.Id, s.Label }).FirstOrDefaultAsync(cancellationToken);
        var counted = delegations.Select(d => d.DelegatorId).Concat(delegations.Select(d => d.DelegateId)).Distinct().ToList();
        var weights = newest is null
            ? new Dictionary<int, decimal>()
            : await db.WeightSnapshots.Where(s => s.Id == newest.Id).SelectMany(s => s.Entries)
                .Where(e => counted.Contains(e.MemberId)).ToDictionaryAsync(e => e.MemberId, e => e.Weight, cancellationToken);

        return delegations.GroupBy(d => d.DelegateId).ToDictionary(
            group => group.Key,
            group => new DelegateNote(
                group.Count(),
                newest is null ? null : BallotWeights.At(now, PollWeighting.Snapshot, [group.Key], weights, group)[group.Key],
                newest?.Label));
    }
}
