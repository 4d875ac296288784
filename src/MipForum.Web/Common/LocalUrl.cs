namespace MipForum.Web.Common;

public static class LocalUrl
{
    /// <summary>Only same-site paths ("/t/x/1"); "//evil.example" and "/\evil" are open redirects and become "/".</summary>
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) && url.Length <= 2048
            ? url
            : "/";
}
