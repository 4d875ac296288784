using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.ApiKeys;

/// <summary>The owner revokes one of their keys: it stops working at its next request. Allowed while silenced (securing an account).</summary>
public sealed record RevokeApiKeyCommand(int Id) : ICommand, IRequirePermission, IAllowedWhileSilenced
{
    public Permission RequiredPermission => Permission.ViewOwnAccount;
}

public sealed class RevokeApiKeyCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<RevokeApiKeyCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        ApiKeyRules.RefuseThroughAKey(currentUser);
        var memberId = currentUser.MemberId ?? throw new NotSignedInException();

        // Another member's key is "not found", not "forbidden": ids must not tell whether a key exists.
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == command.Id && k.OwnerId == memberId, cancellationToken)
            ?? throw new NotFoundException($"You have no API key {command.Id}.");
        var owner = await db.Members.SingleAsync(m => m.Id == memberId, cancellationToken);
        key.Revoke(owner, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
