using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

/// <summary>A poll for its reader, or null when there is none. Anyone may read a poll; results follow the creator's visibility.</summary>
public sealed record GetPollQuery(int PollId) : IQuery<PollView?>;

public sealed class GetPollQueryHandler(IForumDbContext db, ICurrentUser currentUser, PollWeighing weighing, TimeProvider time, SignedInReader signedIn)
    : IQueryHandler<GetPollQuery, PollView?>
{
    public async ValueTask<PollView?> Handle(GetPollQuery query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var readerId = currentUser.MemberId;

        // Only a running count reads every ballot (a poll may hold 100,000): a closed poll's result is stored, and totals
        // shown after the close need none before it. Otherwise the reader's own ballot is the only one read.
        var timing = await db.Polls.AsNoTracking().Where(p => p.Id == query.PollId)
            .Select(p => new { p.ClosedAt, p.Visibility }).SingleOrDefaultAsync(cancellationToken);
        if (timing is null)
        {
            return null;
        }

        var counting = timing.ClosedAt is null && timing.Visibility == ResultsVisibility.Live;
        var poll = await db.Polls.AsNoTracking()
            .Include(p => p.Options).Include(p => p.Ballots.Where(b => counting || b.VoterId == readerId)).Include(p => p.Snapshot)
            .Include(p => p.Thread).ThenInclude(t => t.Proposal)
            .Include(p => p.Post).Include(p => p.Creator)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == query.PollId, cancellationToken);

        var reader = readerId is { } id ? await signedIn.FindAsync(id, cancellationToken) : null;
        var state = poll.StateAt(now);
        var weights = counting ? await weighing.WeightsAsync(poll, now, cancellationToken) : null;
        var mine = reader is null ? null : poll.BallotOf(reader);
        var myWeight = mine is null ? 0m
            : mine.Weight ?? weights?.GetValueOrDefault(mine.VoterId) ?? await weighing.WeightOfAsync(poll, mine.VoterId, now, cancellationToken);
        return new PollView(
            poll.Id, poll.ThreadId, poll.Thread.Title, poll.Thread.Slug, poll.Post?.Number, poll.Thread.Proposal?.Code,
            poll.Question, poll.Type, poll.Rule, poll.Rule.Describe(), state, poll.OpensAt, poll.ClosesAt, poll.ClosedAt,
            poll.Visibility, poll.Weighting, poll.Snapshot?.Label, poll.Creator.UserName, poll.Seed, PollOptionView.Of(poll),
            mine is null ? null : new MyBallotView(mine.Choices, mine.CastAt, myWeight),
            CanVote(reader, state, now),
            await VoteNoteAsync(poll, reader, cancellationToken),
            poll.ShowsResultsAt(now) ? await ResultsAsync(poll, weights, now, cancellationToken) : null);
    }

    private static bool CanVote(Member? reader, PollState state, DateTimeOffset now) =>
        reader is not null && state == PollState.Open && CommandAdmission.Admits<CastBallotCommand>(reader, Permission.CastBallot, now);

    // A poll tells a member whose ballot would carry nothing of their own (one who joined after the snapshot, or after a
    // one-member-one-vote poll opened) before they vote.
    private async Task<string?> VoteNoteAsync(Poll poll, Member? reader, CancellationToken cancellationToken)
    {
        if (reader is null || poll.ClosedAt is not null)
        {
            return null;
        }

        // One member one vote counts members from before the poll was announced (Poll.CountsMemberWhoJoinedAt): a newer account is told first.
        if (poll.SnapshotId is not { } snapshotId)
        {
            return !poll.CountsMemberWhoJoinedAt(reader.JoinedAt)
                ? "You joined after this poll was announced: you can vote, and your ballot carries weight 0, so that accounts made for a poll cannot tip it."
                : null;
        }

        var own = await db.WeightSnapshots.Where(s => s.Id == snapshotId).SelectMany(s => s.Entries)
            .Where(e => e.MemberId == reader.Id).Select(e => (decimal?)e.Weight).SingleOrDefaultAsync(cancellationToken);
        return own is null or 0m
            ? $"You have no weight in this poll's snapshot ({poll.Snapshot!.Label}): you can vote, and your ballot carries weight 0 unless members delegate to you."
            : null;
    }

    private async Task<PollResultsView> ResultsAsync(Poll poll, Dictionary<int, decimal>? weights, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (poll.Result is { } final)
        {
            return new PollResultsView(final.Options, final.Turnout, poll.EligibleTotal ?? 0m, final.Rounds, final.Outcome, IsFinal: true);
        }

        var running = poll.RunningCount(weights!);
        return new PollResultsView(running.Options, running.Turnout, await weighing.EligibleTotalAsync(poll, now, cancellationToken), running.Rounds, running.Outcome, IsFinal: false);
    }
}
