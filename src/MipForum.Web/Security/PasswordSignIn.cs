using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MipForum.Infrastructure.Identity;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Web.Security;

/// <summary>What a sign-in attempt came to, in words the sign-in page and the token endpoint both show.</summary>
internal sealed record SignInAttempt(SignInAttemptOutcome Outcome, string? Message = null)
{
    public bool Succeeded => Outcome == SignInAttemptOutcome.SignedIn;

    public static readonly SignInAttempt WrongCredentials = new(SignInAttemptOutcome.WrongCredentials, "The user name or password is not right.");

    public static readonly SignInAttempt LockedOut = new(SignInAttemptOutcome.LockedOut, "Too many failed sign-ins: this account is locked for a while. Try again later.");
}

internal enum SignInAttemptOutcome
{
    SignedIn,
    WrongCredentials,
    LockedOut,
    NotAllowed,
}

/// <summary>
/// One sign-in with a user name (or email) and password, for the sign-in page (cookie) and the token endpoint (bearer).
/// Identity refuses a suspended or disabled demo account before it looks at the password, so its answer alone would tell
/// anyone that the account is suspended; here the member is told why, and until when, only once the password was right.
/// A wrong password on such an account counts towards lockout like any other.
/// </summary>
internal sealed class PasswordSignIn(SignInManager<ForumUser> signIn, ForumDbContext db, TimeProvider time)
{
    public async Task<SignInAttempt> SignInAsync(string name, string password, bool persistent, string? scheme = null)
    {
        var users = signIn.UserManager;
        if (await users.FindForSignInAsync(name, password) is not { } user)
        {
            return SignInAttempt.WrongCredentials;
        }

        if (scheme is not null)
        {
            signIn.AuthenticationScheme = scheme;
        }

        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new SignInAttempt(SignInAttemptOutcome.SignedIn);
        }

        if (result.IsLockedOut)
        {
            return SignInAttempt.LockedOut;
        }

        return result.IsNotAllowed ? await WhyNotAllowedAsync(user, password) : SignInAttempt.WrongCredentials;
    }

    private async Task<SignInAttempt> WhyNotAllowedAsync(ForumUser user, string password)
    {
        var users = signIn.UserManager;
        if (await users.IsLockedOutAsync(user))
        {
            return SignInAttempt.LockedOut;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return SignInAttempt.WrongCredentials;
        }

        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == user.Id);

        // A demo account on a forum without demo content answers as a wrong password: its password is published.
        return member.IsSuspended(time.GetUtcNow()) && member.SuspendedUntil is { } until
            ? new SignInAttempt(SignInAttemptOutcome.NotAllowed, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"This account is suspended until {until.UtcDateTime:d MMMM yyyy, HH:mm} UTC. You can read the forum without signing in."))
            : SignInAttempt.WrongCredentials;
    }
}
