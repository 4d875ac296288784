using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.ApiKeys;

/// <summary>A key as its owner's list shows it: never its secret.</summary>
public sealed record ApiKeyView(int Id, string Name, ApiKeyScope Scope, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>The signed-in member's keys, active ones first, newest first.</summary>
public sealed record ListMyApiKeysQuery : IQuery<IReadOnlyList<ApiKeyView>>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ViewOwnAccount;
}

public sealed class ListMyApiKeysQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<ListMyApiKeysQuery, IReadOnlyList<ApiKeyView>>
{
    public async ValueTask<IReadOnlyList<ApiKeyView>> Handle(ListMyApiKeysQuery query, CancellationToken cancellationToken)
    {
        ApiKeyRules.RefuseThroughAKey(currentUser);
        var memberId = currentUser.MemberId ?? throw new NotSignedInException();
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.OwnerId == memberId)
            .Select(k => new ApiKeyView(k.Id, k.Name, k.Scope, k.CreatedAt, k.LastUsedAt, k.RevokedAt))
            .ToListAsync(cancellationToken);
        return [.. keys.OrderBy(k => k.RevokedAt is not null).ThenByDescending(k => k.CreatedAt)];
    }
}
