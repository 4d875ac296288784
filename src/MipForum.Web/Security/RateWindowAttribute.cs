namespace MipForum.Web.Security;

/// <summary>The rate-limit windows an endpoint's POSTs (searches: any request) count against, besides the per-member and per-address write windows.</summary>
public enum RateWindow
{
    /// <summary>Sign-in, registration and token requests, per address (<c>Forum:RateLimits:Auth</c>).</summary>
    SignIn,

    /// <summary>Markdown previews, per member or address (<c>Forum:RateLimits:Preview</c>).</summary>
    Preview,

    /// <summary>The search page, the search API and the search box's suggestions, any method, per member or address (<c>Forum:RateLimits:Search</c>).</summary>
    Search,
}

/// <summary>
/// Endpoint metadata naming an endpoint's window: on a page (<c>@attribute [RateWindow(RateWindow.SignIn)]</c>) or an API
/// endpoint (<c>.WithMetadata(…)</c>). The limiter reads it from the routed endpoint, so it never keeps a second list of
/// paths that could drift from the routes (a renamed page, a trailing slash, a new version of the API).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class RateWindowAttribute(RateWindow window) : Attribute
{
    public RateWindow Window { get; } = window;
}
