using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Posts;

public sealed record LikeState(int PostId, int LikeCount, bool LikedByMe);

/// <summary>Likes a post (not one's own). Liking twice, even at the same instant, changes nothing.</summary>
public sealed record LikePostCommand(int PostId) : ICommand<LikeState>, IRequirePermission
{
    public Permission RequiredPermission => Permission.LikePost;
}

public sealed class LikePostCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time, ILiveUpdates live, Notifications.Notifier notifier, IDatabaseErrors errors) : ICommandHandler<LikePostCommand, LikeState>
{
    public async ValueTask<LikeState> Handle(LikePostCommand command, CancellationToken cancellationToken)
    {
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == command.PostId, cancellationToken)
            ?? throw new NotFoundException($"There is no post {command.PostId}.");
        var member = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        if (await db.PostLikes.AnyAsync(l => l.PostId == post.Id && l.MemberId == member.Id, cancellationToken))
        {
            return new LikeState(post.Id, post.LikeCount, LikedByMe: true);
        }

        var like = post.Like(member, time.GetUtcNow());
        await notifier.NotifyAboutLikeAsync(post, member.Id, cancellationToken);
        if (!await PostLikeCount.AddAsync(db, errors, like, cancellationToken))
        {
            // The same member's second click raced the first: the like that exists is the answer.
            return new LikeState(post.Id, await PostLikeCount.ReadAsync(db, post.Id, cancellationToken), LikedByMe: true);
        }

        var count = await PostLikeCount.ReadAsync(db, post.Id, cancellationToken);
        live.Publish(new ThreadActivity(post.ThreadId, 0, post.Number, ThreadActivityKind.Liked) { LikeCount = count });
        return new LikeState(post.Id, count, LikedByMe: true);
    }
}
