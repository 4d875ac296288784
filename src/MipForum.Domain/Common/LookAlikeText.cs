using System.Globalization;
using System.Text;

namespace MipForum.Domain.Common;

/// <summary>
/// What a short text looks like, for telling look-alike choices apart (a poll's options): compatibility forms folded
/// (NFKC: full-width "Ｙｅｓ" is "yes"), accents composed the same way ("café" typed either way), invisible format
/// characters dropped (a soft hyphen in "Ye­s"), lower case, and the Cyrillic and Greek letters that look like Latin
/// ones read as those ("Abstаin" with a Cyrillic а is "abstain"). Two texts with the same key would look the same to a
/// voter. Not a full Unicode confusables table: the letters that pass for Latin in common fonts.
/// </summary>
public static class LookAlikeText
{
    private static readonly Dictionary<char, char> AsLatin = new()
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd',
        ['ԛ'] = 'q', ['ԝ'] = 'w', ['ɡ'] = 'g',
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p',
        ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['ϲ'] = 'c',
    };

    public static string Key(string text)
    {
        var folded = text.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            key.Append(AsLatin.GetValueOrDefault(c, c));
        }

        return key.ToString();
    }
}
