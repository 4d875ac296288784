using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

/// <summary>
/// A moderator silences a member (they read but cannot post) or suspends them (they cannot sign in; their sessions
/// end) until a time, for a reason shown to them and in the public log.
/// </summary>
public sealed record SanctionMemberCommand(string UserName, bool Suspend, DateTimeOffset Until, string Reason) : ICommand<Unit>, IRequirePermission
{
    public Permission RequiredPermission => Permission.SanctionMember;
}

public sealed class SanctionMemberCommandValidator : AbstractValidator<SanctionMemberCommand>
{
    public SanctionMemberCommandValidator()
    {
        RuleFor(c => c.UserName).NotEmpty();
        RuleFor(c => c.Reason).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Give a reason: the member and the public log see it.")
            .Must(Domain.Common.VisibleText.HasVisibleCharacter).WithMessage("The reason has no visible text: the member and the public log would see nothing.")
            .PlainPublicText()
            .MaximumLength(ModerationLogEntry.ReasonMaxLength);
    }
}

public sealed class SanctionMemberCommandHandler(IForumDbContext db, ICurrentUser currentUser, IAccountService accounts, TimeProvider time)
    : ICommandHandler<SanctionMemberCommand, Unit>
{
    public async ValueTask<Unit> Handle(SanctionMemberCommand command, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.NormalizedUserName == UserNameRules.Normalize(command.UserName.TrimStart('@')), cancellationToken)
            ?? throw new NotFoundException($"There is no member @{command.UserName}.");
        var moderator = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var now = time.GetUtcNow();
        member.Sanction(command.Suspend, command.Until, command.Reason, moderator, now);
        var what = command.Suspend ? "Suspended" : "Silenced";
        ModerationLogWriter.Member(db, command.Suspend ? ModerationAction.SuspendMember : ModerationAction.SilenceMember, moderator.Id, member, $"{what} until {command.Until.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {command.Reason.Trim()}", now);
        await db.SaveChangesAsync(cancellationToken);
        // Open sessions and bearer tokens end at their next check (Forum:Auth:RevalidateMinutes), as after a password
        // change: a suspended member may not sign in again until the end date, a silenced one signs in to a read-only forum.
        await accounts.EndSessionsAsync(member.Id, cancellationToken);

        return Unit.Value;
    }
}
