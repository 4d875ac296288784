using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MipForum.Domain.Common;

/// <summary>URL slugs as Discourse makes them: lower-case ASCII words joined by '-'.</summary>
public static partial class Slugs
{
    public const int MaxLength = 80;

    public static string FromTitle(string title)
    {
        // Decompose so "Résumé" becomes "resume" rather than losing the letters.
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-');
        }

        var slug = Dashes().Replace(builder.ToString(), "-").Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        // Titles in other scripts have no ASCII to keep; Discourse falls back to "topic" likewise.
        return slug.Length == 0 ? "topic" : slug;
    }

    public static bool IsSlug(string? value) => value is not null && value.Length <= MaxLength && SlugPattern().IsMatch(value);

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
