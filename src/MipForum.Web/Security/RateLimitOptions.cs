namespace MipForum.Web.Security;

/// <summary>Fixed-window limits, from <c>Forum:RateLimits</c>. Tests and load runs raise or lower them.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Forum:RateLimits";

    /// <summary>Sign-in, registration and token requests per IP address.</summary>
    public WindowLimit Auth { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    /// <summary>Markdown previews per member: generous, an editor previews often.</summary>
    public WindowLimit Preview { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };

    /// <summary>Searches and search-box suggestions per member or IP address: a typing reader asks a few times a second.</summary>
    public WindowLimit Search { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    /// <summary>Every other write (form posts, API writes) per signed-in member.</summary>
    public WindowLimit WritesPerUser { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    /// <summary>Every other write per IP address (several members can share one).</summary>
    public WindowLimit WritesPerIp { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    /// <summary>The windows by their key under the section, for checking each at start.</summary>
    public static readonly IReadOnlyList<(string Name, Func<RateLimitOptions, WindowLimit> Window)> Windows =
    [
        (nameof(Auth), o => o.Auth),
        (nameof(Preview), o => o.Preview),
        (nameof(Search), o => o.Search),
        (nameof(WritesPerUser), o => o.WritesPerUser),
        (nameof(WritesPerIp), o => o.WritesPerIp),
    ];
}

public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; }
}
