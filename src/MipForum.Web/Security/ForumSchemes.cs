using Microsoft.AspNetCore.Identity;

namespace MipForum.Web.Security;

internal static class ForumSchemes
{
    /// <summary>Picks the bearer scheme when the request carries an Authorization: Bearer header, else the cookie.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    public static bool HasBearerToken(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static string Select(HttpContext context) =>
        HasBearerToken(context) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
}
