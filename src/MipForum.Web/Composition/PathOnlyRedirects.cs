namespace MipForum.Web.Composition;

/// <summary>
/// Redirects within the forum carry a path, never the request's Host header: cookie challenges and
/// NavigationManager build absolute URLs from it, so "Host: evil.example" came back as "Location: http://evil.example/…",
/// which a shared cache or a careless client would follow. A Location on the request's own scheme and host is cut to its
/// path, query and fragment; other Locations (HTTPS redirection, which changes the scheme) are left as they are.
/// </summary>
internal static class PathOnlyRedirects
{
    public static IApplicationBuilder UsePathOnlyRedirects(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(static state => CutToPath((HttpContext)state), context);
            await next(context);
        });

    private static Task CutToPath(HttpContext context)
    {
        var location = context.Response.Headers.Location.ToString();
        if (location.Length > 0
            && Uri.TryCreate(location, UriKind.Absolute, out var target)
            && string.Equals(target.Scheme, context.Request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(target.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            var path = target.PathAndQuery + target.Fragment;

            // "http://host//evil.example" cut to its path would be a link to evil.example: home instead.
            context.Response.Headers.Location = Common.LocalUrl.LeavesTheSite(path) ? "/" : path;
        }

        return Task.CompletedTask;
    }
}
