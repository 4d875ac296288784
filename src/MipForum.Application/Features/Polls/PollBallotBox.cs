using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

/// <summary>
/// Every ballot change goes through here: the poll is loaded, changed and saved with its row version, so a ballot and
/// the close cannot cross (a ballot saved against a poll that closed meanwhile conflicts, is retried, and is then refused
/// as closed). Two voters at once also conflict on the poll's row; the loser retries with a fresh copy, so neither is
/// lost, and after many lost rounds the voter is asked to try again in a moment.
/// </summary>
public sealed class PollBallotBox(IForumDbContext db, IDatabaseErrors errors, ILiveUpdates live)
{
    private const int MaxAttempts = 40;

    /// <summary>Loads the poll with only this voter's ballot (a poll may hold 100,000), applies the change and saves it.</summary>
    public async Task<T> ChangeAsync<T>(int pollId, int voterId, Func<Poll, CancellationToken, Task<T>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var poll = await db.Polls.Include(p => p.Options).Include(p => p.Ballots.Where(b => b.VoterId == voterId)).AsSplitQuery()
                .SingleOrDefaultAsync(p => p.Id == pollId, cancellationToken)
                ?? throw new NotFoundException($"There is no poll {pollId}.");
            var result = await change(poll, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException failure) when (errors.IsLostRace(failure) && attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 4 * Math.Min(attempt, 10)), cancellationToken);
                continue;
            }
            catch (DbUpdateException failure) when (errors.IsLostRace(failure))
            {
                throw new BusyException("The poll is very busy right now; your ballot was not changed. Please try again in a moment.");
            }

            live.Publish(new ThreadActivity(poll.ThreadId, 0, 0, ThreadActivityKind.Voted) { PollId = poll.Id });
            return result;
        }
    }
}
