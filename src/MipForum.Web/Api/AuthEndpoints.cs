using Mediator;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Accounts;
using MipForum.Infrastructure.Identity;
using MipForum.Web.Security;

namespace MipForum.Web.Api;

internal static class AuthEndpoints
{
    public sealed record RegisterRequest(string? UserName, string? Email, string? Password);

    public sealed record TokenRequest(string? UserName, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        // Every POST here counts against the sign-in window (Forum:RateLimits:Auth), by the endpoints' own metadata.
        var auth = api.MapGroup("/auth").WithMetadata(new Security.RateWindowAttribute(Security.RateWindow.SignIn));

        auth.MapPost("/register", async (RegisterRequest request, ISender sender, CancellationToken ct) =>
        {
            var registered = await sender.Send(new RegisterMemberCommand(request.UserName ?? string.Empty, request.Email ?? string.Empty, request.Password ?? string.Empty), ct);
            return TypedResults.Created($"/api/v1/users/{Uri.EscapeDataString(registered.UserName)}", registered);
        });

        auth.MapPost("/token", IssueTokenAsync).Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>();
        auth.MapPost("/refresh", RefreshTokenAsync).Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>();
        return api;
    }

    /// <summary>
    /// Exchanges a user name (or email) and password for a bearer token. Wrong name and wrong password answer the same,
    /// in about the same time, and are slowed alike after repeated failures from one address (429 with Retry-After).
    /// </summary>
    private static async Task<IResult> IssueTokenAsync(TokenRequest request, PasswordSignIn passwordSignIn, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password) || request.UserName.Length > 254 || request.Password.Length > 1024)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["userName"] = string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 254 ? ["Enter your user name or email address."] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) || request.Password.Length > 1024 ? ["Enter your password."] : [],
            }.Where(e => e.Value.Length > 0).ToDictionary());
        }

        var attempt = await passwordSignIn.SignInAsync(request.UserName.Trim(), request.Password, persistent: false, ClientAddress.Of(http), IdentityConstants.BearerScheme);
        if (attempt.Outcome == SignInAttemptOutcome.SlowedDown)
        {
            http.Response.Headers.RetryAfter = ((int)attempt.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return attempt.Outcome switch
        {
            SignInAttemptOutcome.SignedIn => TypedResults.Empty, // the bearer handler has written {tokenType, accessToken, expiresIn, refreshToken}
            SignInAttemptOutcome.SlowedDown => TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins.", detail: attempt.Message),
            SignInAttemptOutcome.NotAllowed => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This account cannot sign in.", detail: attempt.Message),
            _ => WrongCredentials(),
        };
    }

    /// <summary>
    /// Exchanges a refresh token for a new access token (and refresh token), as long as the member's security stamp is
    /// the one the token was issued with (no password change, role change, sanction or sign-out since) and they may still sign in.
    /// </summary>
    private static async Task<IResult> RefreshTokenAsync(RefreshRequest request, IOptionsMonitor<BearerTokenOptions> bearer, SignInManager<ForumUser> signIn, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken) || request.RefreshToken.Length > 8_192)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["refreshToken"] = ["Send the refreshToken you were given with your access token."] });
        }

        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || !await signIn.CanSignInAsync(user))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in again.", detail: "This refresh token is expired, or the account changed since it was issued (password, roles or a sanction). Ask for a new token with your password.");
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static IResult WrongCredentials() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.", detail: "The user name or password is not right.");
}
