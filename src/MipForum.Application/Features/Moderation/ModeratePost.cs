using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Persistence;
using MipForum.Application.Common.Security;
using MipForum.Domain.Moderation;
using MipForum.Domain.Notifications;

namespace MipForum.Application.Features.Moderation;

public enum PostModeration
{
    Hide = 0,
    Unhide = 1,
    Remove = 2,
    Restore = 3,
}

/// <summary>A moderator acts on a post directly (not from the queue); the public log records it with the reason.</summary>
public sealed record ModeratePostCommand(int PostId, PostModeration Action, string Reason) : ICommand<Unit>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ModeratePost;
}

public sealed class ModeratePostCommandValidator : AbstractValidator<ModeratePostCommand>
{
    public ModeratePostCommandValidator()
    {
        RuleFor(c => c.Action).IsInEnum();
        RuleFor(c => c.Reason).ValidPublicReason();
    }
}

public sealed class ModeratePostCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<ModeratePostCommand, Unit>
{
    // A like landing between the read and the save moves the post's row version without changing what the moderator
    // judged: act again on the fresh row (another moderator's action there is then refused by the post's own rules).
    private const int MaxAttempts = 5;

    public async ValueTask<Unit> Handle(ModeratePostCommand command, CancellationToken cancellationToken) =>
        await LostRaceRetry.RunAsync(db, MaxAttempts, "This post is changing very often right now (likes, other moderators); nothing was done. Please try again in a moment.",
            ct => ModerateAsync(command, ct), cancellationToken);

    private async Task<Unit> ModerateAsync(ModeratePostCommand command, CancellationToken cancellationToken)
    {
        var post = await db.Posts.Include(p => p.Flags).Include(p => p.Thread).Include(p => p.Author).SingleOrDefaultAsync(p => p.Id == command.PostId, cancellationToken)
            ?? throw new NotFoundException($"There is no post {command.PostId}.");
        var moderator = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var now = time.GetUtcNow();
        var (action, notify) = command.Action switch
        {
            PostModeration.Hide => (ModerationAction.HidePost, (NotificationKind?)NotificationKind.PostHidden),
            PostModeration.Unhide => (ModerationAction.UnhidePost, null),
            PostModeration.Remove => (ModerationAction.DeletePost, NotificationKind.PostRemoved),
            _ => (ModerationAction.RestorePost, null),
        };
        switch (command.Action)
        {
            case PostModeration.Hide: post.Hide(moderator, command.Reason, now); break;
            case PostModeration.Unhide: post.Unhide(moderator); break;
            case PostModeration.Remove: post.Remove(moderator, command.Reason, now); break;
            default: post.Restore(moderator); break;
        }

        ModerationLogWriter.Post(db, action, moderator.Id, post, post.Thread.Title, command.Reason.Trim(), now);
        if (notify is { } kind)
        {
            db.Notifications.Add(Notification.AboutModeration(post.AuthorId, kind, post.ThreadId, post.Number, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
