using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Common.Persistence;

/// <summary>
/// Runs a command's read, change and save again on fresh copies when the save lost a race that does not make the
/// command wrong: a like moves a post's row version (ADR 0020) but changes nothing a moderator, a flagger or an editor
/// judged. The next attempt reads the winner's row, so the domain decides again on what is now stored (a post another
/// moderator hid meanwhile is refused as "already hidden", not overwritten). A command that loses every attempt is a
/// <see cref="BusyException"/> (503, retry); nothing of it was saved, its notifications and log rows included, because
/// the tracker is cleared before each new attempt.
/// </summary>
public static class LostRaceRetry
{
    /// <param name="isLostRace">Which failures mean "try again"; by default a moved concurrency token only, so a unique key
    /// that a handler reads as "already done" still reaches its own catch.</param>
    public static async Task<T> RunAsync<T>(IForumDbContext db, int maxAttempts, string busyMessage, Func<CancellationToken, Task<T>> attempt,
        CancellationToken cancellationToken, Func<DbUpdateException, bool>? isLostRace = null)
    {
        isLostRace ??= static failure => failure is DbUpdateConcurrencyException;
        for (var attempts = 1; ; attempts++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (DbUpdateException failure) when (isLostRace(failure))
            {
                db.ChangeTracker.Clear();
                if (attempts >= maxAttempts)
                {
                    throw new BusyException(busyMessage);
                }
            }
        }
    }
}
