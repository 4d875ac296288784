using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Posts;

public sealed record LikeState(int PostId, int LikeCount, bool LikedByMe);

/// <summary>Likes a post (not one's own). Liking twice changes nothing.</summary>
public sealed record LikePostCommand(int PostId) : ICommand<LikeState>, IRequirePermission
{
    public Permission RequiredPermission => Permission.LikePost;
}

public sealed class LikePostCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time, ILiveUpdates live, Notifications.Notifier notifier) : ICommandHandler<LikePostCommand, LikeState>
{
    public async ValueTask<LikeState> Handle(LikePostCommand command, CancellationToken cancellationToken)
    {
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == command.PostId, cancellationToken)
            ?? throw new NotFoundException($"There is no post {command.PostId}.");
        var member = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        if (!await db.PostLikes.AnyAsync(l => l.PostId == post.Id && l.MemberId == member.Id, cancellationToken))
        {
            db.PostLikes.Add(post.Like(member, time.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same member's second click raced the first (the primary key refused it), or another like moved
                // the count: the like that exists is the answer.
                db.ChangeTracker.Clear();
                return await CurrentStateAsync(command.PostId, member.Id, cancellationToken);
            }

            await notifier.NotifyAboutLikeAsync(post, member.Id, cancellationToken);
            live.Publish(new ThreadActivity(post.ThreadId, 0, post.Number, ThreadActivityKind.Liked) { LikeCount = post.LikeCount });
        }

        return new LikeState(post.Id, post.LikeCount, LikedByMe: true);
    }

    private async Task<LikeState> CurrentStateAsync(int postId, int memberId, CancellationToken cancellationToken)
    {
        var count = await db.PostLikes.CountAsync(l => l.PostId == postId, cancellationToken);
        var post = await db.Posts.SingleAsync(p => p.Id == postId, cancellationToken);
        if (post.LikeCount != count)
        {
            post.SyncLikeCount(count);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new LikeState(postId, count, await db.PostLikes.AnyAsync(l => l.PostId == postId && l.MemberId == memberId, cancellationToken));
    }
}

/// <summary>Takes one's like back. Unliking a post one never liked changes nothing.</summary>
public sealed record UnlikePostCommand(int PostId) : ICommand<LikeState>, IRequirePermission
{
    public Permission RequiredPermission => Permission.LikePost;
}

public sealed class UnlikePostCommandHandler(IForumDbContext db, ICurrentUser currentUser, ILiveUpdates live) : ICommandHandler<UnlikePostCommand, LikeState>
{
    public async ValueTask<LikeState> Handle(UnlikePostCommand command, CancellationToken cancellationToken)
    {
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == command.PostId, cancellationToken)
            ?? throw new NotFoundException($"There is no post {command.PostId}.");
        var like = await db.PostLikes.SingleOrDefaultAsync(l => l.PostId == post.Id && l.MemberId == currentUser.MemberId, cancellationToken);
        if (like is not null)
        {
            db.PostLikes.Remove(like);
            post.Unlike();
            await db.SaveChangesAsync(cancellationToken);
            live.Publish(new ThreadActivity(post.ThreadId, 0, post.Number, ThreadActivityKind.Unliked) { LikeCount = post.LikeCount });
        }

        return new LikeState(post.Id, post.LikeCount, LikedByMe: false);
    }
}
