using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MipForum.Domain.Common;

/// <summary>
/// Whether a text shows anything. Whitespace, zero-width and other format characters (U+200B–U+200D, U+2060, U+FEFF),
/// Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the Braille blank (U+2800), control characters and combining marks
/// with no base letter all render as nothing: a post or title made only of them would show as an empty box.
/// </summary>
public static partial class VisibleText
{
    private static readonly HashSet<int> BlankLetters = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800];

    /// <summary>True when at least one character would be seen: a letter, digit, symbol or punctuation mark.</summary>
    public static bool HasVisibleCharacter(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (IsVisible(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How long a text looks: its visible characters and spaces, in characters, without zero-width, filler and other
    /// invisible ones, so that a minimum title length cannot be met by padding "x" with zero-width spaces.
    /// </summary>
    public static int ShownLength(string? text)
    {
        var length = 0;
        foreach (var rune in (text ?? string.Empty).Trim().EnumerateRunes())
        {
            length += IsVisible(rune) || rune.Value == ' ' ? 1 : 0;
        }

        return length;
    }

    /// <summary>Markdown source that shows something: character references such as <c>&amp;#8203;</c> count as what they stand for.</summary>
    public static bool HasVisibleMarkdown(string? markdown) =>
        HasVisibleCharacter(markdown) && HasVisibleCharacter(WebUtility.HtmlDecode(markdown));

    /// <summary>
    /// Cooked HTML that shows something: an image or rule, or visible text once tags are dropped and references decoded
    /// (an empty link <c>[](/)</c> or <c>**&amp;#8203;**</c> cooks to markup around nothing).
    /// </summary>
    public static bool HasVisibleHtml(string? html) =>
        html is not null && (ShownWithoutText().IsMatch(html) || HasVisibleCharacter(WebUtility.HtmlDecode(Tag().Replace(html, " "))));

    /// <summary>
    /// Text-direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a title or name read as something
    /// else ("‮tneserp‬" shows reversed) or spill into the text around it; they are refused in titles and names.
    /// </summary>
    public static bool ContainsBidiControl(string? text) =>
        text is not null && text.Any(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    /// <summary>
    /// Text-direction controls, or C0/C1 control characters (U+0000–U+001F, U+007F–U+009F) but for line breaks and
    /// tabs when <paramref name="allowLineBreaks"/>: refused in titles, names and the short texts others read (reasons,
    /// summaries, flag and appeal messages), where they would reorder, hide or garble what is shown.
    /// </summary>
    public static bool ContainsHiddenControl(string? text, bool allowLineBreaks = false) =>
        text is not null && (ContainsBidiControl(text) || text.Any(c => char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t')));

    /// <summary>U+0000 is refused in every field: databases, logs and other tools treat it as the end of the text.</summary>
    public static bool ContainsNul(string? text) => text is not null && text.Contains('\0', StringComparison.Ordinal);

    private static bool IsVisible(Rune rune)
    {
        if (BlankLetters.Contains(rune.Value))
        {
            return false;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse => false,
            _ => true,
        };
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(img|hr|input|video|audio|iframe|svg)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShownWithoutText();
}
