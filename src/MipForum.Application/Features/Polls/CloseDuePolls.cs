using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Polls;

/// <summary>
/// The closing job counts every poll whose closing time has passed, each once: a poll closed by another run (another node,
/// or a run before a restart) is skipped, because the close saves against the poll's row version and only one save wins.
/// Polls whose time passed while the app was down are closed at the first run after the restart. Sent by the host only.
/// </summary>
public sealed record CloseDuePollsCommand : ICommand<int>, IRequirePermission
{
    public Permission RequiredPermission => Permission.CloseDuePolls;
}

public sealed partial class CloseDuePollsCommandHandler(IForumDbContext db, PollWeighing weighing, TimeProvider time, ILiveUpdates live, IDatabaseErrors errors, ILogger<CloseDuePollsCommandHandler> logger)
    : ICommandHandler<CloseDuePollsCommand, int>
{
    public async ValueTask<int> Handle(CloseDuePollsCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Polls.AsNoTracking().Where(p => p.ClosedAt == null && p.ClosesAt <= now)
            .OrderBy(p => p.ClosesAt).Select(p => p.Id).Take(20).ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var pollId in due)
        {
            var poll = await db.Polls.Include(p => p.Options).Include(p => p.Ballots).AsSplitQuery().SingleAsync(p => p.Id == pollId, cancellationToken);
            if (poll.ClosedAt is not null)
            {
                continue;
            }

            var moment = time.GetUtcNow();
            var result = poll.Close(await weighing.WeightsAsync(poll, moment, cancellationToken), await weighing.EligibleTotalAsync(poll, moment, cancellationToken), moment);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                closed++;
                LogClosed(poll.Id, result.Outcome.Kind.ToString(), result.Outcome.Explanation);
                live.Publish(new ThreadActivity(poll.ThreadId, 0, 0, ThreadActivityKind.Voted) { PollId = poll.Id });
            }
            catch (DbUpdateException failure) when (errors.IsLostRace(failure))
            {
                // Another run closed it first, or a last ballot moved it: the next run counts it again if it is still open.
                LogLostClose(poll.Id);
            }

            db.ChangeTracker.Clear();
        }

        return closed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Poll {PollId} closed: {Outcome}. {Explanation}")]
    private partial void LogClosed(int pollId, string outcome, string explanation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Poll {PollId} changed while it was being closed; the next run closes it.")]
    private partial void LogLostClose(int pollId);
}
