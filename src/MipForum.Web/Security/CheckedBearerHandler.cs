using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MipForum.Web.Security;

/// <summary>
/// Reads a bearer token through Identity's bearer handler, then refuses it when the member's security stamp or roles are
/// no longer the ones it was issued with (a password change, a suspension or silence, a sign-out elsewhere, a role change).
/// Identity's handler checks only the token's signature and expiry, so without this a token outlived its credentials.
/// </summary>
internal sealed class CheckedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    BearerCredentialCheck check)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "CheckedBearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (token.None || !token.Succeeded)
        {
            return token;
        }

        return await check.IsCurrentAsync(token.Principal, Context.RequestAborted)
            ? AuthenticateResult.Success(new AuthenticationTicket(token.Principal, token.Properties, Scheme.Name))
            : AuthenticateResult.Fail("The token was issued before the account's password, roles or sanctions changed.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Context.ChallengeAsync(IdentityConstants.BearerScheme, properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Context.ForbidAsync(IdentityConstants.BearerScheme, properties);
}
