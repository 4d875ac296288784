using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Notifications;

/// <summary>
/// Where an opened notification leads: the post it is about, the author's own draft (<see cref="DraftId"/>), or the
/// published proposal it is about (<see cref="ProposalCode"/>: a link proposed to it).
/// </summary>
public sealed record NotificationTarget(int ThreadId, int PostNumber, int? DraftId = null, string? ProposalCode = null);

/// <summary>
/// The signed-in member opens one of their notifications: it is marked read and they go to its post.
/// Idempotent; someone else's notification is "not found", so ids reveal nothing.
/// </summary>
public sealed record OpenNotificationCommand(int NotificationId) : ICommand<NotificationTarget>, IRequirePermission, IAllowedWhileSilenced
{
    public Permission RequiredPermission => Permission.ViewOwnAccount;
}

public sealed class OpenNotificationCommandValidator : AbstractValidator<OpenNotificationCommand>
{
    public OpenNotificationCommandValidator() => RuleFor(c => c.NotificationId).GreaterThan(0).WithMessage("Name a notification.");
}

public sealed class OpenNotificationCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<OpenNotificationCommand, NotificationTarget>
{
    public async ValueTask<NotificationTarget> Handle(OpenNotificationCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.MemberId ?? throw new NotSignedInException();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.NotificationId && n.RecipientId == me, cancellationToken)
            ?? throw new NotFoundException($"You have no notification {command.NotificationId}.");
        if (notification.ReadAt is null)
        {
            notification.MarkRead(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        if (notification.ProposalId is not { } proposalId)
        {
            return new NotificationTarget(notification.ThreadId, notification.PostNumber);
        }

        if (notification.Kind == Domain.Notifications.NotificationKind.LinkProposed)
        {
            var code = await db.Proposals.Where(p => p.Id == proposalId).Select(p => p.Code).SingleAsync(cancellationToken);
            return new NotificationTarget(0, 0, ProposalCode: code);
        }

        return new NotificationTarget(0, 0, DraftId: proposalId);
    }
}
