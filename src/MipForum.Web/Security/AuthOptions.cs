namespace MipForum.Web.Security;

/// <summary>Session and token lifetimes, from <c>Forum:Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Forum:Auth";

    /// <summary>How long an API access token is valid.</summary>
    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>How often cookies and circuits re-check the security stamp (role changes, password changes, sign-out elsewhere).</summary>
    public int RevalidateMinutes { get; set; } = 1;
}
