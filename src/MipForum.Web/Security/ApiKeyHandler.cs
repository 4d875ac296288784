using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Identity;

namespace MipForum.Web.Security;

/// <summary>
/// <c>Authorization: Bearer mfk_…</c>: a member's personal API key (ApiKeyVerifier checks it on every request). The
/// principal is the key's owner with their current roles and the key's scope, so permissions, sanctions and rate limits
/// are the owner's; the application refuses every command of a read-only key.
/// </summary>
internal sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyVerifier verifier)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ForumSchemes.BearerTokenOf(Context);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (await verifier.VerifyAsync(token, Context.RequestAborted) is not { } key)
        {
            return AuthenticateResult.Fail("This API key is unknown, revoked, or its owner's password or standing changed.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, key.MemberId.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, key.UserName),
                new Claim(CurrentUser.KeyScopeClaim, key.Scope.ToString()),
                .. key.Roles.Names().Select(role => new Claim(ClaimTypes.Role, role)),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
