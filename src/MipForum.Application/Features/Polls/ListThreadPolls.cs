using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Features.Polls;

/// <summary>Where a poll appears in its thread: under the post that announced it.</summary>
public sealed record ThreadPollRef(int PollId, int PostNumber);

/// <summary>The polls of a thread with their posts' numbers, for the thread page (one query).</summary>
public sealed record ListThreadPollsQuery(int ThreadId) : IQuery<IReadOnlyList<ThreadPollRef>>;

public sealed class ListThreadPollsQueryHandler(IForumDbContext db) : IQueryHandler<ListThreadPollsQuery, IReadOnlyList<ThreadPollRef>>
{
    public async ValueTask<IReadOnlyList<ThreadPollRef>> Handle(ListThreadPollsQuery query, CancellationToken cancellationToken) =>
        await db.Polls.AsNoTracking().Where(p => p.ThreadId == query.ThreadId && p.Post != null)
            .OrderBy(p => p.Id).Select(p => new ThreadPollRef(p.Id, p.Post!.Number)).ToListAsync(cancellationToken);
}
