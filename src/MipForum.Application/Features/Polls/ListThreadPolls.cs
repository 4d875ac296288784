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

/// <summary>
/// The polls of a thread with their posts' numbers, for the thread page. What every reader shares (the polls, the lock,
/// the proposal's authors) is kept with the thread's pages (<see cref="IThreadPageCache"/>, ADR 0027); a signed-in
/// reader costs their own row.
/// </summary>
public sealed record ListThreadPollsQuery(int ThreadId) : IQuery<ThreadPolls>;

public sealed class ListThreadPollsQueryHandler(IForumDbContext db, IOptions<PollOptions> options, TimeProvider time, IThreadPageCache cache, SignedInReader signedIn)
    : IQueryHandler<ListThreadPollsQuery, ThreadPolls>
{
    public async ValueTask<ThreadPolls> Handle(ListThreadPollsQuery query, CancellationToken cancellationToken)
    {
        var shared = await cache.GetOrLoadAsync(query.ThreadId, ThreadPollRows.Page, ct => LoadAsync(query.ThreadId, ct), cancellationToken);
        return shared is null ? new ThreadPolls([], false) : new ThreadPolls(shared.Polls, await CanCreateAsync(shared, cancellationToken));
    }

    private async Task<ThreadPollRows?> LoadAsync(int threadId, CancellationToken cancellationToken)
    {
        var thread = await db.Threads.AsNoTracking().Where(t => t.Id == threadId)
            .Select(t => new
            {
                t.IsLocked,
                ProposalAuthorId = t.Proposal == null ? (int?)null : t.Proposal.AuthorId,
                CoAuthorIds = t.Proposal == null ? new List<int>() : t.Proposal.CoAuthors.Select(c => c.MemberId).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (thread is null)
        {
            return null;
        }

        var polls = await db.Polls.AsNoTracking().Where(p => p.ThreadId == threadId && p.Post != null)
            .OrderBy(p => p.Id).Select(p => new ThreadPollRef(p.Id, p.Post!.Number)).ToListAsync(cancellationToken);
        IReadOnlyList<int> authors = thread.ProposalAuthorId is { } author ? [author, .. thread.CoAuthorIds] : [];
        return new ThreadPollRows(polls, thread.IsLocked, authors);
    }

    private async Task<bool> CanCreateAsync(ThreadPollRows thread, CancellationToken cancellationToken) =>
        !thread.IsLocked
        && await signedIn.FindAsync(cancellationToken) is { } reader
        && CommandAdmission.Admits<CreatePollCommand>(reader, Permission.CreatePoll, time.GetUtcNow())
        && PollCreators.MayCreate(reader, thread.ProposalAuthorIds, options.Value);
}

/// <summary>A thread's polls, lock and proposal authors as every reader shares them: what the cache keeps.</summary>
internal sealed record ThreadPollRows(IReadOnlyList<ThreadPollRef> Polls, bool IsLocked, IReadOnlyList<int> ProposalAuthorIds) : IKeptRows
{
    /// <summary>Kept beside the thread's pages (numbered from 1), under their key and evictions.</summary>
    public const int Page = 0;

    public DateTimeOffset? ChangesAt => null;
}
