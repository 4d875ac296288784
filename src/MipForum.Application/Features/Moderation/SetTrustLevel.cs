using FluentValidation;
using MipForum.Application.Common.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

/// <summary>An admin sets a member's trust level by hand (null: earned from activity again); the public log records it.</summary>
public sealed record SetTrustLevelCommand(string UserName, TrustLevel? Level, string? Reason = null) : ICommand<Unit>, IRequirePermission
{
    public Permission RequiredPermission => Permission.SetTrustLevel;
}

public sealed class SetTrustLevelCommandValidator : AbstractValidator<SetTrustLevelCommand>
{
    public SetTrustLevelCommandValidator()
    {
        RuleFor(c => c.Level).Must(l => l is null || Enum.IsDefined(l.Value)).WithMessage("Trust levels are 0 (new) to 3 (regular).");
        RuleFor(c => c.Reason).Must(r => string.IsNullOrWhiteSpace(r) || Domain.Common.VisibleText.HasVisibleCharacter(r))
            .WithMessage("The reason has no visible text: the public log would show nothing.")
            .PlainText("A reason", allowLineBreaks: true);
    }
}

public sealed class SetTrustLevelCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<SetTrustLevelCommand, Unit>
{
    public async ValueTask<Unit> Handle(SetTrustLevelCommand command, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.NormalizedUserName == UserNameRules.Normalize(command.UserName.TrimStart('@')), cancellationToken)
            ?? throw new NotFoundException($"There is no member @{command.UserName}.");
        var admin = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        member.SetTrustLevel(command.Level, admin);
        var what = command.Level is { } level ? $"Trust level set to {(int)level} ({level})" : "Trust level earned from activity again";
        ModerationLogWriter.Member(db, ModerationAction.SetTrustLevel, admin.Id, member, string.IsNullOrWhiteSpace(command.Reason) ? what + "." : $"{what}: {command.Reason.Trim()}", time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
