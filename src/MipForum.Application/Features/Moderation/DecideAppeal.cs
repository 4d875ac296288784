using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

/// <summary>The moderator the appeal was assigned to (or an admin) grants it (the post is shown again) or upholds the decision.</summary>
public sealed record DecideAppealCommand(int AppealId, bool Grant, string Note) : ICommand<Unit>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ReviewQueue;
}

public sealed class DecideAppealCommandValidator : AbstractValidator<DecideAppealCommand>
{
    public DecideAppealCommandValidator() =>
        RuleFor(c => c.Note).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Write a note: the author and the public log see it.")
            .Must(Domain.Common.VisibleText.HasVisibleCharacter).WithMessage("The note has no visible text: the author and the public log would see nothing.")
            .PlainPublicText()
            .MaximumLength(ModerationLogEntry.ReasonMaxLength);
}

public sealed class DecideAppealCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<DecideAppealCommand, Unit>
{
    public async ValueTask<Unit> Handle(DecideAppealCommand command, CancellationToken cancellationToken)
    {
        var appeal = await db.Appeals.Include(a => a.Post).ThenInclude(p => p.Thread).Include(a => a.Post).ThenInclude(p => p.Author).Include(a => a.Post).ThenInclude(p => p.Flags)
            .SingleOrDefaultAsync(a => a.Id == command.AppealId, cancellationToken)
            ?? throw new NotFoundException($"There is no appeal {command.AppealId}.");
        var moderator = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var now = time.GetUtcNow();
        appeal.Decide(moderator, command.Grant, command.Note, now);
        ModerationLogWriter.Post(db, ModerationAction.DecideAppeal, moderator.Id, appeal.Post, appeal.Post.Thread.Title, $"Appeal {(command.Grant ? "granted: post shown again" : "upheld: decision stands")}. {command.Note.Trim()}", now);
        db.Notifications.Add(Domain.Notifications.Notification.AboutModeration(
            appeal.AuthorId, command.Grant ? Domain.Notifications.NotificationKind.AppealGranted : Domain.Notifications.NotificationKind.AppealUpheld, appeal.Post.ThreadId, appeal.Post.Number, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException failure)
        {
            throw new Domain.Common.StaleVersionException("This appeal or its post changed at the same moment (another moderator decided it, or the post was edited or restored). Reload the queue to see where it stands.", failure);
        }

        return Unit.Value;
    }
}
