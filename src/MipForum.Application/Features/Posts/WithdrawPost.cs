using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Posts;

/// <summary>The author withdraws a post: a placeholder keeps its number; moderators can still read it.</summary>
public sealed record WithdrawPostCommand(int PostId) : ICommand, IRequirePermission, IAllowedWhileSilenced
{
    public Permission RequiredPermission => Permission.EditOwnPost;
}

public sealed class WithdrawPostCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time, ILiveUpdates live) : ICommandHandler<WithdrawPostCommand>
{
    public async ValueTask<Unit> Handle(WithdrawPostCommand command, CancellationToken cancellationToken)
    {
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == command.PostId, cancellationToken)
            ?? throw new NotFoundException($"There is no post {command.PostId}.");
        var member = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        post.Withdraw(member, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        live.Publish(new ThreadActivity(post.ThreadId, 0, post.Number, ThreadActivityKind.Withdrawn));
        return Unit.Value;
    }
}
