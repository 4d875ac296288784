using System.Text.RegularExpressions;

namespace MipForum.Web.Components.Discussion;

/// <summary>The @word being typed at the end of a text, and the text with it completed.</summary>
internal static partial class MentionTyping
{
    /// <summary>The user-name prefix after a trailing "@", or null when the text does not end in one.</summary>
    public static string? Prefix(string text) => TypedMention().Match(text) is { Success: true } match ? match.Groups["prefix"].Value : null;

    public static string Complete(string text, string userName) =>
        TypedMention().Match(text) is { Success: true } match ? text[..match.Groups["prefix"].Index] + userName + " " : text;

    [GeneratedRegex(@"(?:^|\s)@(?<prefix>[A-Za-z0-9_.\-]{1,20})$", RegexOptions.CultureInvariant)]
    private static partial Regex TypedMention();
}
