namespace MipForum.Web.Security;

/// <summary>The caller's network address as the rate limits and the sign-in throttle key it ("unknown" when the server has none).</summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
