using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MipForum.Infrastructure.Identity;

namespace MipForum.Web.Security;

/// <summary>
/// For interactive circuits: re-checks the security stamp on an interval, so a password or role change,
/// or a suspension, ends an open circuit's session too (the template's approach).
/// </summary>
internal sealed class RevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identity,
    IOptions<AuthOptions> auth)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    // 0 ("check every request") has no meaning for a circuit, which has no requests: it is checked every 10 seconds then.
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Max(10, auth.Value.RevalidateMinutes * 60));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ForumUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null)
        {
            return false;
        }

        var principalStamp = authenticationState.User.FindFirst(identity.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
        return principalStamp == await users.GetSecurityStampAsync(user);
    }
}
