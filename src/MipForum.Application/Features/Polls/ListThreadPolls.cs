using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Polls;

/// <summary>Where a poll appears in its thread: under the post that announced it.</summary>
public sealed record ThreadPollRef(int PollId, int PostNumber);

/// <summary>A thread's polls, and whether the reader may open one there (the command's own rule, <see cref="PollCreators"/>).</summary>
public sealed record ThreadPolls(IReadOnlyList<ThreadPollRef> Polls, bool CanCreate);

/// <summary>The polls of a thread with their posts' numbers, for the thread page: one query, two more for a signed-in reader.</summary>
public sealed record ListThreadPollsQuery(int ThreadId) : IQuery<ThreadPolls>;

public sealed class ListThreadPollsQueryHandler(IForumDbContext db, ICurrentUser currentUser, IOptions<PollOptions> options, TimeProvider time)
    : IQueryHandler<ListThreadPollsQuery, ThreadPolls>
{
    public async ValueTask<ThreadPolls> Handle(ListThreadPollsQuery query, CancellationToken cancellationToken)
    {
        var polls = await db.Polls.AsNoTracking().Where(p => p.ThreadId == query.ThreadId && p.Post != null)
            .OrderBy(p => p.Id).Select(p => new ThreadPollRef(p.Id, p.Post!.Number)).ToListAsync(cancellationToken);
        return new ThreadPolls(polls, await CanCreateAsync(query.ThreadId, cancellationToken));
    }

    private async Task<bool> CanCreateAsync(int threadId, CancellationToken cancellationToken)
    {
        if (currentUser.MemberId is not { } readerId
            || await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == readerId, cancellationToken) is not { } reader
            || !CommandAdmission.Admits<CreatePollCommand>(reader, Permission.CreatePoll, time.GetUtcNow()))
        {
            return false;
        }

        // A configured role may open polls anywhere: only the others need the thread's proposal and its authors.
        if (PollCreators.MayCreateAnywhere(reader, options.Value))
        {
            return !await db.Threads.AnyAsync(t => t.Id == threadId && t.IsLocked, cancellationToken);
        }

        var thread = await db.Threads.AsNoTracking().Include(t => t.Proposal).ThenInclude(p => p!.CoAuthors)
            .SingleOrDefaultAsync(t => t.Id == threadId, cancellationToken);
        return thread is { IsLocked: false } && PollCreators.MayCreate(reader, thread, options.Value);
    }
}
