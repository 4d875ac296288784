using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Discussions;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

public enum ThreadModeration
{
    Lock = 0,
    Unlock = 1,
    Pin = 2,
    Unpin = 3,
    Move = 4,
    SlowMode = 5,
}

/// <summary>
/// A moderator locks (closes) or unlocks, pins or unpins, moves a thread to another category, or sets slow mode
/// (<see cref="SlowModeSeconds"/>, 0 = off). The public log records each with the reason.
/// </summary>
public sealed record ModerateThreadCommand(int ThreadId, ThreadModeration Action, string Reason, string? Category = null, int? SlowModeSeconds = null)
    : ICommand<Unit>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ModerateThread;
}

public sealed class ModerateThreadCommandValidator : AbstractValidator<ModerateThreadCommand>
{
    public ModerateThreadCommandValidator()
    {
        RuleFor(c => c.Action).IsInEnum();
        RuleFor(c => c.Reason).ValidPublicReason();
        RuleFor(c => c.Category).NotEmpty().When(c => c.Action == ThreadModeration.Move).WithMessage("Choose the category to move the thread to.");
        RuleFor(c => c.SlowModeSeconds).NotNull().InclusiveBetween(0, ForumThread.MaxSlowModeSeconds).When(c => c.Action == ThreadModeration.SlowMode)
            .WithMessage($"Slow mode is between 0 (off) and {ForumThread.MaxSlowModeSeconds} seconds.")
            .OverridePropertyName("seconds"); // the API's and the page's input
    }
}

public sealed class ModerateThreadCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<ModerateThreadCommand, Unit>
{
    public async ValueTask<Unit> Handle(ModerateThreadCommand command, CancellationToken cancellationToken)
    {
        var thread = await db.Threads.Include(t => t.Category).SingleOrDefaultAsync(t => t.Id == command.ThreadId, cancellationToken)
            ?? throw new NotFoundException($"There is no thread {command.ThreadId}.");
        var moderatorId = currentUser.MemberId ?? throw new NotSignedInException();
        var reason = command.Reason.Trim();
        ModerationAction action;
        switch (command.Action)
        {
            case ThreadModeration.Lock: thread.Lock(); action = ModerationAction.LockThread; break;
            case ThreadModeration.Unlock: thread.Unlock(); action = ModerationAction.UnlockThread; break;
            case ThreadModeration.Pin: thread.Pin(); action = ModerationAction.PinThread; break;
            case ThreadModeration.Unpin: thread.Unpin(); action = ModerationAction.UnpinThread; break;
            case ThreadModeration.Move:
                var from = thread.Category.Name;
                var to = await db.Categories.SingleOrDefaultAsync(c => c.Slug == command.Category, cancellationToken)
                    ?? throw new RequestValidationException("category", $"There is no category '{command.Category}'.");
                thread.MoveTo(to);
                action = ModerationAction.MoveThread;
                reason = $"Moved from {from} to {to.Name}: {reason}";
                break;
            default:
                thread.SetSlowMode(command.SlowModeSeconds!.Value);
                action = ModerationAction.SetSlowMode;
                reason = (command.SlowModeSeconds == 0 ? "Slow mode off: " : $"Slow mode {command.SlowModeSeconds} s: ") + reason;
                break;
        }

        ModerationLogWriter.Thread(db, action, moderatorId, thread, reason, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
