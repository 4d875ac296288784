using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Accounts;

/// <summary>The signed-in member changes their own password, proving they know the current one.</summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand, IRequirePermission, IAllowedWhileSilenced
{
    public Permission RequiredPermission => Permission.ViewOwnAccount;

    public override string ToString() => nameof(ChangePasswordCommand);
}

public sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator(IOptions<AccountOptions> options)
    {
        var limits = options.Value;
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(c => c.NewPassword)
            .NotEmpty().WithMessage("Choose a new password.")
            .MinimumLength(limits.PasswordMinLength).WithMessage($"A password has at least {limits.PasswordMinLength} characters.")
            .MaximumLength(limits.PasswordMaxLength).WithMessage($"A password has at most {limits.PasswordMaxLength} characters.")
            .NotEqual(c => c.CurrentPassword).WithMessage("The new password must differ from the current one.");
    }
}

public sealed class ChangePasswordCommandHandler(ICurrentUser currentUser, IAccountService accounts) : ICommandHandler<ChangePasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var memberId = currentUser.MemberId ?? throw new NotSignedInException();
        var errors = await accounts.ChangePasswordAsync(memberId, command.CurrentPassword, command.NewPassword, cancellationToken);
        return errors.Count > 0 ? throw new RequestValidationException(errors) : Unit.Value;
    }
}
