using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Moderation;

public sealed record PostForModeration(int PostId, int ThreadId, int Number, string ThreadTitle, string AuthorUserName, string Cooked, bool Hidden, string? HiddenReason, bool Removed, bool Withdrawn, int PendingFlags);

/// <summary>A post as a moderator acts on it (its text whatever its state); null when there is no such post.</summary>
public sealed record GetPostForModerationQuery(int PostId) : IQuery<PostForModeration?>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ModeratePost;
}

public sealed class GetPostForModerationQueryHandler(IForumDbContext db) : IQueryHandler<GetPostForModerationQuery, PostForModeration?>
{
    public async ValueTask<PostForModeration?> Handle(GetPostForModerationQuery query, CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking()
            .Where(p => p.Id == query.PostId)
            .Select(p => new PostForModeration(
                p.Id, p.ThreadId, p.Number, p.Thread.Title, p.Author.UserName, p.Cooked,
                p.HiddenAt != null, p.HiddenReason, p.RemovedAt != null, p.DeletedAt != null,
                p.Flags.Count(f => f.Status == Domain.Moderation.FlagStatus.Pending)))
            .SingleOrDefaultAsync(cancellationToken);
}
