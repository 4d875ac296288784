namespace MipForum.Web.Composition;

internal static class SecurityHeaders
{
    /// <summary>
    /// Baseline headers for every response. Post HTML is sanitized, and the CSP is a second wall:
    /// scripts only from this origin, no plugins, no framing by other sites.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Set when the response starts, so error responses (whose headers the exception handler clears) carry them too.
            context.Response.OnStarting(static state => Apply((HttpContext)state), context);
            await next(context);
        });

    private static Task Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self'{ReferencePageScripts(context)}; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; " +
            "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
        return Task.CompletedTask;
    }

    // The API reference page (Scalar, /api/) starts its viewer with an inline module script that carries its settings;
    // the page shows no member content, so inline scripts are allowed there and nowhere else.
    private static string ReferencePageScripts(HttpContext context) =>
        context.Request.Path.Value is "/api" or "/api/" or "/api/v1" ? " 'unsafe-inline'" : string.Empty;
}
