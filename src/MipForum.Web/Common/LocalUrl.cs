namespace MipForum.Web.Common;

public static class LocalUrl
{
    /// <summary>
    /// Only same-site paths ("/t/x/1"); "//evil.example" and "/\evil" are open redirects and become "/". So does a path
    /// with a control, space or non-ASCII character (a real link is percent-encoded): such a value in a Location header
    /// made sign-in and sign-out answer 500.
    /// </summary>
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && url.Length <= 2048 && url.All(c => c is > ' ' and < (char)0x7F)
            ? url
            : "/";
}
