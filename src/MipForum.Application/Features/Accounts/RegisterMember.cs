using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Accounts;

public sealed record RegisteredMember(int MemberId, string UserName);

/// <summary>Creates a member (a Contributor) with sign-in credentials. The only way accounts come into being.</summary>
public sealed record RegisterMemberCommand(string UserName, string Email, string Password) : ICommand<RegisteredMember>, IAllowAnonymous
{
    // Keeps the password out of logs and exception messages that print the record.
    public override string ToString() => $"{nameof(RegisterMemberCommand)} {{ UserName = {UserName}, Email = {Email} }}";
}

public sealed class RegisterMemberCommandValidator : AbstractValidator<RegisterMemberCommand>
{
    public RegisterMemberCommandValidator(IOptions<AccountOptions> options, ICurrentUser currentUser)
    {
        var limits = options.Value;
        RuleFor(c => c.UserName).ValidUserName();

        // The operator's start-up (the configured admin) registers as the system and may take a reserved name.
        RuleFor(c => c.UserName)
            .Must(name => currentUser.IsSystem || !limits.IsReserved(name))
            .WithMessage(c => $"'{c.UserName.Trim()}' is reserved: choose another user name.");
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password)
            .NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(limits.PasswordMinLength).WithMessage($"A password has at least {limits.PasswordMinLength} characters.")
            .MaximumLength(limits.PasswordMaxLength).WithMessage($"A password has at most {limits.PasswordMaxLength} characters.");
        RuleFor(c => c.Password)
            .Must((command, password) => !string.Equals(password, command.UserName, StringComparison.OrdinalIgnoreCase))
            .WithMessage("Your password cannot be your user name.");
    }
}

public sealed class RegisterMemberCommandHandler(IForumDbContext db, IAccountService accounts, TimeProvider time)
    : ICommandHandler<RegisterMemberCommand, RegisteredMember>
{
    public async ValueTask<RegisteredMember> Handle(RegisterMemberCommand command, CancellationToken cancellationToken)
    {
        var userName = command.UserName.Trim();

        // Twenty registrations of one name at once all passed the checks below and all but one hit the unique index (500):
        // in a serializable transaction (BEGIN IMMEDIATE on SQLite) each waits for the one before and sees its member.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);

        // "Alice" and "alice" are the same member: names are compared normalized.
        if (await db.Members.AnyAsync(m => m.NormalizedUserName == UserNameRules.Normalize(userName), cancellationToken))
        {
            throw new RequestValidationException("userName", "That user name is taken.");
        }

        // "Iena.v", "1ena.v" or "lena_v" beside the moderator "lena.v" would let anyone speak as her.
        var skeleton = UserNameRules.Skeleton(userName);
        if (await db.Members.Where(m => m.UserNameSkeleton == skeleton).Select(m => m.UserName).FirstOrDefaultAsync(cancellationToken) is { } lookAlike)
        {
            throw new RequestValidationException("userName", $"'{userName}' looks too much like @{lookAlike}, who is already a member: choose a user name nobody could mistake for theirs.");
        }

        if (await accounts.IsEmailInUseAsync(command.Email, cancellationToken))
        {
            throw new RequestValidationException("email", "An account with that email address exists; sign in instead.");
        }

        var member = new Member(userName, userName, time.GetUtcNow());
        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);

        var errors = await accounts.CreateCredentialsAsync(member, command.Email.Trim(), command.Password, cancellationToken);
        if (errors.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw new RequestValidationException(errors);
        }

        await transaction.CommitAsync(cancellationToken);
        return new RegisteredMember(member.Id, member.UserName);
    }
}
