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

    public TimeSpan RetryAfter { get; init; }

    public static SignInAttempt SlowedDown(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return new(SignInAttemptOutcome.SlowedDown, $"Too many failed sign-ins from here. Wait {seconds} second{(seconds == 1 ? "" : "s")} before you try again.") { RetryAfter = TimeSpan.FromSeconds(seconds) };
    }
}

internal enum SignInAttemptOutcome
{
    SignedIn,
    WrongCredentials,
    SlowedDown,
    NotAllowed,
}

/// <summary>
/// One sign-in with a user name (or email) and password, for the sign-in page (cookie) and the token endpoint (bearer).
/// Identity refuses a suspended or disabled demo account before it looks at the password, so its answer alone would tell
/// anyone that the account is suspended; here the member is told why, and until when, only once the password was right.
/// Failed attempts are slowed per name and address (SignInThrottle), whether the name exists or not: there is no
/// account lockout, so the answers are the same for every name and nobody can lock a member out.
/// </summary>
internal sealed class PasswordSignIn(SignInManager<ForumUser> signIn, ForumDbContext db, TimeProvider time, SignInThrottle throttle)
{
    public async Task<SignInAttempt> SignInAsync(string name, string password, bool persistent, string address, string? scheme = null)
    {
        // The account is looked up before the throttle (to count "alice" and her email as one), but no password is
        // checked, real or dummy, until the throttle lets the attempt go ahead: a slowed answer costs the same for all names.
        var user = await signIn.UserManager.FindForSignInAsync(name);
        var account = signIn.UserManager.ThrottleKey(user, name);
        if (throttle.TryStart(account, address) is { } wait && wait > TimeSpan.Zero)
        {
            return SignInAttempt.SlowedDown(wait);
        }

        var attempt = await CheckAsync(user, password, persistent, scheme);
        if (attempt.Outcome != SignInAttemptOutcome.WrongCredentials)
        {
            throttle.Forgive(account, address); // the password was right (a suspended member is told so)
        }

        return attempt;
    }

    private async Task<SignInAttempt> CheckAsync(ForumUser? user, string password, bool persistent, string? scheme)
    {
        if (user is null)
        {
            DummyPasswordCheck.Run(signIn.UserManager, password); // unknown names cost as long as wrong passwords
            return SignInAttempt.WrongCredentials;
        }

        if (scheme is not null)
        {
            signIn.AuthenticationScheme = scheme;
        }

        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            return new SignInAttempt(SignInAttemptOutcome.SignedIn);
        }

        return result.IsNotAllowed ? await WhyNotAllowedAsync(user, password) : SignInAttempt.WrongCredentials;
    }

    private async Task<SignInAttempt> WhyNotAllowedAsync(ForumUser user, string password)
    {
        if (!await signIn.UserManager.CheckPasswordAsync(user, password))
        {
            return SignInAttempt.WrongCredentials;
        }

        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == user.Id);

        // A demo account on a forum without demo content answers as a wrong password: its password is published.
        return member.IsSuspended(time.GetUtcNow()) && member.SuspendedUntil is { } until
            ? new SignInAttempt(SignInAttemptOutcome.NotAllowed, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"This account is suspended until {until.UtcDateTime:d MMMM yyyy, HH:mm} UTC. You can read the forum without signing in."))
            : SignInAttempt.WrongCredentials;
    }
}
