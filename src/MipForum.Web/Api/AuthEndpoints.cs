using Mediator;
using Microsoft.AspNetCore.Identity;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Accounts;
using MipForum.Infrastructure.Identity;
using MipForum.Web.Security;

namespace MipForum.Web.Api;

internal static class AuthEndpoints
{
    public sealed record RegisterRequest(string? UserName, string? Email, string? Password);

    public sealed record TokenRequest(string? UserName, string? Password);

    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth");

        auth.MapPost("/register", async (RegisterRequest request, ISender sender, CancellationToken ct) =>
        {
            var registered = await sender.Send(new RegisterMemberCommand(request.UserName ?? string.Empty, request.Email ?? string.Empty, request.Password ?? string.Empty), ct);
            return TypedResults.Created($"/api/v1/users/{Uri.EscapeDataString(registered.UserName)}", registered);
        });

        auth.MapPost("/token", IssueTokenAsync);
        return api;
    }

    /// <summary>
    /// Exchanges a user name (or email) and password for a bearer token. Wrong name and wrong password answer
    /// the same, in about the same time; repeated failures lock the account (Identity's lockout).
    /// </summary>
    private static async Task<IResult> IssueTokenAsync(TokenRequest request, PasswordSignIn passwordSignIn)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password) || request.UserName.Length > 254 || request.Password.Length > 1024)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["userName"] = string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 254 ? ["Enter your user name or email address."] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) || request.Password.Length > 1024 ? ["Enter your password."] : [],
            }.Where(e => e.Value.Length > 0).ToDictionary());
        }

        var attempt = await passwordSignIn.SignInAsync(request.UserName.Trim(), request.Password, persistent: false, IdentityConstants.BearerScheme);
        return attempt.Outcome switch
        {
            SignInAttemptOutcome.SignedIn => TypedResults.Empty, // the bearer handler has written {tokenType, accessToken, expiresIn, refreshToken}
            SignInAttemptOutcome.LockedOut => TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: "Account locked.", detail: attempt.Message),
            SignInAttemptOutcome.NotAllowed => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This account cannot sign in.", detail: attempt.Message),
            _ => WrongCredentials(),
        };
    }

    private static IResult WrongCredentials() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.", detail: "The user name or password is not right.");
}
