using Microsoft.AspNetCore.Identity;

namespace MipForum.Web.Security;

internal static class ForumSchemes
{
    /// <summary>Picks the (checked) bearer scheme when the request carries an Authorization: Bearer header, else the cookie.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    public static bool HasBearerToken(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bearer token's text, or null when the request carries none.</summary>
    public static string? BearerTokenOf(HttpContext context) =>
        HasBearerToken(context) ? context.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim() : null;

    /// <summary>A personal API key (<c>mfk_…</c>) goes to its own handler, any other bearer token to Identity's, checked.</summary>
    public static string Select(HttpContext context) =>
        BearerTokenOf(context) is { } token
            ? token.StartsWith(Infrastructure.Identity.ApiKeySecrets.TokenPrefix, StringComparison.Ordinal) ? ApiKeyHandler.SchemeName : CheckedBearerHandler.SchemeName
            : IdentityConstants.ApplicationScheme;
}
