using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

public sealed record FlagContext(int PostId, int ThreadId, int Number, string ThreadTitle, string AuthorUserName, string Cooked, FlagReason? MyReason, FlagStatus? MyStatus);

/// <summary>The post a member is about to flag (or has flagged), for the flag page; null when there is no such post to flag.</summary>
public sealed record GetFlagContextQuery(int PostId) : IQuery<FlagContext?>;

public sealed class GetFlagContextQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<GetFlagContextQuery, FlagContext?>
{
    public async ValueTask<FlagContext?> Handle(GetFlagContextQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.MemberId ?? 0;
        return await db.Posts.AsNoTracking()
            .Where(p => p.Id == query.PostId && p.DeletedAt == null && p.RemovedAt == null)
            .Select(p => new FlagContext(
                p.Id,
                p.ThreadId,
                p.Number,
                p.Thread.Title,
                p.Author.UserName,
                p.Cooked,
                p.Flags.Where(f => f.FlaggerId == me).Select(f => (FlagReason?)f.Reason).FirstOrDefault(),
                p.Flags.Where(f => f.FlaggerId == me).Select(f => (FlagStatus?)f.Status).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
