using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Web.Security;

/// <summary>
/// Whether a bearer token's security stamp and roles are still the member's. A positive answer is remembered for
/// Forum:Auth:RevalidateMinutes (as the cookie's security-stamp check is), so a token is refused at most that long
/// after the change, and a busy client costs one database read per interval, not one per request.
/// </summary>
internal sealed class BearerCredentialCheck(IMemoryCache cache, IOptions<AuthOptions> auth, IOptions<IdentityOptions> identity, IServiceScopeFactory scopes)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (!int.TryParse(principal.FindFirstValue(claims.UserIdClaimType), NumberStyles.None, CultureInfo.InvariantCulture, out var memberId)
            || principal.FindFirstValue(claims.SecurityStampClaimType) is not { Length: > 0 } stamp)
        {
            return false;
        }

        var roles = string.Join(',', principal.FindAll(claims.RoleClaimType).Select(c => c.Value).Order(StringComparer.Ordinal));
        var key = $"bearer-check:{memberId}:{stamp}:{roles}";
        if (cache.TryGetValue(key, out _))
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == memberId)
            .Join(db.Members, u => u.Id, m => m.Id, (u, m) => new { u.SecurityStamp, m.Roles })
            .SingleOrDefaultAsync(cancellationToken);
        var isCurrent = current is not null && current.SecurityStamp == stamp
            && string.Join(',', current.Roles.Names().Order(StringComparer.Ordinal)) == roles;
        if (isCurrent && auth.Value.RevalidateMinutes > 0)
        {
            cache.Set(key, true, TimeSpan.FromMinutes(auth.Value.RevalidateMinutes));
        }

        return isCurrent;
    }
}
