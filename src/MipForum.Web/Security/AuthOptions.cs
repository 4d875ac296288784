namespace MipForum.Web.Security;

/// <summary>Session and token lifetimes, and how failed sign-ins are slowed, from <c>Forum:Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Forum:Auth";

    /// <summary>How long an API access token is valid.</summary>
    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>How long a refresh token can be exchanged for a new access token.</summary>
    public int RefreshTokenLifetimeDays { get; set; } = 14;

    /// <summary>
    /// How often cookies, circuits and bearer tokens re-check the member's security stamp and roles (password change,
    /// role change, sanction, sign-out elsewhere). 0 checks on every request.
    /// </summary>
    public int RevalidateMinutes { get; set; } = 1;

    /// <summary>Failed sign-ins for one name from one address that cost nothing; after them every failure doubles the wait.</summary>
    public int FreeFailedSignIns { get; set; } = 5;

    /// <summary>Failed sign-ins from one address, whatever the names, before the same doubling waits apply to all its attempts.</summary>
    public int FreeFailedSignInsPerAddress { get; set; } = 30;

    /// <summary>The first wait once the free failures are used up; each further failure doubles it.</summary>
    public int FailedSignInDelaySeconds { get; set; } = 2;

    /// <summary>The longest wait between two attempts, however many failures came before.</summary>
    public int MaxFailedSignInDelaySeconds { get; set; } = 900;

    /// <summary>Failures are forgotten this long after the last one.</summary>
    public int ForgetFailedSignInsAfterMinutes { get; set; } = 60;
}
