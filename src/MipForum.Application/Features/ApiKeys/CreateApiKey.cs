using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Application.Common.Validation;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.ApiKeys;

/// <summary>The key as it is shown once: its bearer token is never shown or stored again.</summary>
public sealed record CreatedApiKey(int Id, string Name, ApiKeyScope Scope, string Token);

/// <summary>A signed-in member makes a personal API key for a bot, read-only or read-write, never with another key.</summary>
public sealed record CreateApiKeyCommand(string Name, ApiKeyScope Scope) : ICommand<CreatedApiKey>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ViewOwnAccount;
}

public sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Name the key, so you know later which bot uses it.")
            .MaximumLength(ApiKey.NameMaxLength).WithMessage($"A key's name has at most {ApiKey.NameMaxLength} characters.")
            .PlainText("A key's name");
        RuleFor(c => c.Scope).IsInEnum().WithMessage("Choose read or read-write.");
    }
}

public sealed class CreateApiKeyCommandHandler(IForumDbContext db, ICurrentUser currentUser, IApiKeySecrets secrets, TimeProvider time)
    : ICommandHandler<CreateApiKeyCommand, CreatedApiKey>
{
    public async ValueTask<CreatedApiKey> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        ApiKeyRules.RefuseThroughAKey(currentUser);
        var memberId = currentUser.MemberId ?? throw new NotSignedInException();
        var owner = await db.Members.SingleAsync(m => m.Id == memberId, cancellationToken);
        var active = await db.ApiKeys.CountAsync(k => k.OwnerId == memberId && k.RevokedAt == null, cancellationToken);
        var (secret, hash) = secrets.NewSecret();
        var key = ApiKey.Create(owner, command.Name, command.Scope, hash, await secrets.CredentialFingerprintAsync(memberId, cancellationToken), active, time.GetUtcNow());
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(key.Id, key.Name, key.Scope, secrets.TokenOf(key.Id, secret));
    }
}
