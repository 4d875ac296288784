using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

public sealed record FlagContext(int PostId, int ThreadId, int Number, string ThreadTitle, string AuthorUserName, string Cooked, FlagReason? MyReason, FlagStatus? MyStatus)
{
    /// <summary>A moderator removed the post (its text is no longer shown; <see cref="Cooked"/> is empty).</summary>
    public bool Removed { get; init; }

    /// <summary>Its author withdrew the post (<see cref="Cooked"/> is empty).</summary>
    public bool Withdrawn { get; init; }
}

/// <summary>
/// The post a member is about to flag (or has flagged), for the flag page; null when there is no such post to flag.
/// A removed or withdrawn post is found only by those who flagged it, so they learn what became of their flag.
/// </summary>
public sealed record GetFlagContextQuery(int PostId) : IQuery<FlagContext?>;

public sealed class GetFlagContextQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<GetFlagContextQuery, FlagContext?>
{
    public async ValueTask<FlagContext?> Handle(GetFlagContextQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.MemberId ?? 0;
        return await db.Posts.AsNoTracking()
            .Where(p => p.Id == query.PostId && ((p.DeletedAt == null && p.RemovedAt == null) || p.Flags.Any(f => f.FlaggerId == me)))
            .Select(p => new FlagContext(
                p.Id,
                p.ThreadId,
                p.Number,
                p.Thread.Title,
                p.Author.UserName,
                p.DeletedAt == null && p.RemovedAt == null ? p.Cooked : string.Empty,
                p.Flags.Where(f => f.FlaggerId == me).Select(f => (FlagReason?)f.Reason).FirstOrDefault(),
                p.Flags.Where(f => f.FlaggerId == me).Select(f => (FlagStatus?)f.Status).FirstOrDefault())
            {
                Removed = p.RemovedAt != null,
                Withdrawn = p.DeletedAt != null,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }
}
