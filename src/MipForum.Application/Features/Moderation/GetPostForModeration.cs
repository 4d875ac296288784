using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Moderation;

/// <summary>
/// A post as a moderator acts on it: its text whatever its state, and the actions <see cref="ModeratePostCommand"/> would
/// accept from this moderator now (none, with <see cref="Refusal"/> saying why, on their own or, for a moderator, on a staff post).
/// </summary>
public sealed record PostForModeration(int PostId, int ThreadId, int Number, string ThreadTitle, string AuthorUserName, string Cooked, bool Hidden, string? HiddenReason, bool Removed, bool Withdrawn, int PendingFlags)
{
    public IReadOnlyList<PostModeration> Actions { get; init; } = [];

    public string? Refusal { get; init; }
}

/// <summary>A post as a moderator acts on it; null when there is no such post.</summary>
public sealed record GetPostForModerationQuery(int PostId) : IQuery<PostForModeration?>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ModeratePost;
}

public sealed class GetPostForModerationQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<GetPostForModerationQuery, PostForModeration?>
{
    public async ValueTask<PostForModeration?> Handle(GetPostForModerationQuery query, CancellationToken cancellationToken)
    {
        var row = await db.Posts.AsNoTracking()
            .Where(p => p.Id == query.PostId)
            .Select(p => new
            {
                View = new PostForModeration(
                    p.Id, p.ThreadId, p.Number, p.Thread.Title, p.Author.UserName, p.Cooked,
                    p.HiddenAt != null, p.HiddenReason, p.RemovedAt != null, p.DeletedAt != null,
                    p.Flags.Count(f => f.Status == Domain.Moderation.FlagStatus.Pending)),
                p.AuthorId,
                AuthorRoles = p.Author.Roles,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var moderator = await db.Members.AsNoTracking().SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var byAuthor = row.AuthorId == moderator.Id;
        var standing = new PostStanding(row.View.Withdrawn, row.View.Removed, row.View.Hidden, row.AuthorRoles);
        if (!standing.MayBeModeratedBy(moderator, byAuthor))
        {
            // The same refusals the post's own commands give (Post.Moderation), shown before the moderator tries.
            return row.View with
            {
                Refusal = byAuthor
                    ? "Moderators do not moderate their own posts; another moderator will."
                    : "A moderator's or an admin's post is hidden, shown, removed or restored by an admin.",
            };
        }

        return row.View with { Actions = ActionsOn(row.View) };
    }

    private static List<PostModeration> ActionsOn(PostForModeration post)
    {
        List<PostModeration> actions = [post.Hidden ? PostModeration.Unhide : PostModeration.Hide];
        if (post.Removed)
        {
            actions.Add(PostModeration.Restore);
        }
        else if (Post.IsRemovable(post.Number))
        {
            actions.Add(PostModeration.Remove);
        }

        return actions;
    }
}
