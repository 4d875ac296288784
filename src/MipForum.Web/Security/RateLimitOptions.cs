namespace MipForum.Web.Security;

/// <summary>Fixed-window limits, from <c>Forum:RateLimits</c>. Tests and load runs raise or lower them.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Forum:RateLimits";

    /// <summary>Sign-in, registration and token requests per IP address.</summary>
    public WindowLimit Auth { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    /// <summary>Markdown previews per member: generous, an editor previews often.</summary>
    public WindowLimit Preview { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };

    /// <summary>Every other write (form posts, API writes) per signed-in member.</summary>
    public WindowLimit WritesPerUser { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    /// <summary>Every other write per IP address (several members can share one).</summary>
    public WindowLimit WritesPerIp { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    /// <summary>Every window allows at least one request in at least one second (a 0 would shut a door, not limit it).</summary>
    public bool IsValid() => new[] { Auth, Preview, WritesPerUser, WritesPerIp }.All(w => w is { PermitLimit: >= 1 and <= 1_000_000, WindowSeconds: >= 1 and <= 86_400 });
}

public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; }
}
