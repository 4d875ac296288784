namespace MipForum.Web.Common;

public static class LocalUrl
{
    /// <summary>
    /// Only same-site paths ("/t/x/1"); "//evil.example" and "/\evil" are open redirects and become "/". So does a path
    /// with a control, space or non-ASCII character (a real link is percent-encoded): such a value in a Location header
    /// made sign-in and sign-out answer 500.
    /// </summary>
    /// <remarks>
    /// The check is made on the path as a browser will resolve it: "/t/..//evil.example" and "/.//evil.example" lose their
    /// dot segments on the way to the Location header and arrive as "//evil.example". Backslashes count as slashes, as
    /// browsers read them.
    /// </remarks>
    public static string OrHome(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2048 || !url.StartsWith('/') || !url.All(c => c is > ' ' and < (char)0x7F))
        {
            return "/";
        }

        if (!Uri.TryCreate(new Uri("http://forum.invalid"), url.Replace('\\', '/'), out var resolved) || resolved.Host != "forum.invalid")
        {
            return "/";
        }

        var path = resolved.PathAndQuery + resolved.Fragment;
        return LeavesTheSite(path) ? "/" : path;
    }

    /// <summary>A redirect target that a browser would read as another site ("//host", "/\host") is never sent.</summary>
    public static bool LeavesTheSite(string path) =>
        path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith("/\\", StringComparison.Ordinal);
}
