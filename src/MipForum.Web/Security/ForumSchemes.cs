using Microsoft.AspNetCore.Identity;

namespace MipForum.Web.Security;

internal static class ForumSchemes
{
    /// <summary>Picks the (checked) bearer scheme when the request carries an Authorization: Bearer header, else the cookie.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    public static bool HasBearerToken(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static string Select(HttpContext context) =>
        HasBearerToken(context) ? CheckedBearerHandler.SchemeName : IdentityConstants.ApplicationScheme;
}
