using System.Text.RegularExpressions;

namespace MipForum.Web.Components.Discussion;

/// <summary>
/// The @word being typed, as the browser reports it (wwwroot/js/composer.js finds it before the cursor). The browser
/// is not trusted: a prefix that could not start a user name asks the database nothing.
/// </summary>
internal static partial class MentionTyping
{
    public static bool IsPrefix(string? prefix) => prefix is not null && Prefix().IsMatch(prefix);

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
