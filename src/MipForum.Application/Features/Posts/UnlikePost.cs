using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Posts;

/// <summary>Takes one's like back. Unliking a post one never liked (or twice at once) changes nothing.</summary>
public sealed record UnlikePostCommand(int PostId) : ICommand<LikeState>, IRequirePermission
{
    public Permission RequiredPermission => Permission.LikePost;
}

public sealed class UnlikePostCommandHandler(IForumDbContext db, ICurrentUser currentUser, ILiveUpdates live) : ICommandHandler<UnlikePostCommand, LikeState>
{
    public async ValueTask<LikeState> Handle(UnlikePostCommand command, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == command.PostId).Select(p => new { p.Id, p.ThreadId, p.Number })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no post {command.PostId}.");

        var removed = await PostLikeCount.RemoveAsync(db, post.Id, currentUser.MemberId!.Value, cancellationToken);
        var count = await PostLikeCount.ReadAsync(db, post.Id, cancellationToken);
        if (removed > 0)
        {
            live.Publish(new ThreadActivity(post.ThreadId, 0, post.Number, ThreadActivityKind.Unliked) { LikeCount = count });
        }

        return new LikeState(post.Id, count, LikedByMe: false);
    }
}
