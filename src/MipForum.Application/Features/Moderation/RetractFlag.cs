using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Moderation;

/// <summary>
/// A member takes back their flag while it is still pending. Allowed while silenced, like withdrawing one's own post:
/// it takes back the member's own act and changes nothing others read.
/// </summary>
public sealed record RetractFlagCommand(int PostId) : ICommand<Unit>, IRequirePermission, IAllowedWhileSilenced
{
    public Permission RequiredPermission => Permission.FlagPost;
}

public sealed class RetractFlagCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<RetractFlagCommand, Unit>
{
    public async ValueTask<Unit> Handle(RetractFlagCommand command, CancellationToken cancellationToken)
    {
        var post = await db.Posts.Include(p => p.Flags).SingleOrDefaultAsync(p => p.Id == command.PostId, cancellationToken)
            ?? throw new NotFoundException($"There is no post {command.PostId}.");
        var flagger = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        post.RetractFlag(flagger, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
