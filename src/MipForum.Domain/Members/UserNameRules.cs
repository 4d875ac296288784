using System.Text;
using System.Text.RegularExpressions;
using MipForum.Domain.Common;

namespace MipForum.Domain.Members;

/// <summary>
/// User names are 3–20 letters, digits, '_', '-' or '.', starting and ending with a letter, digit or '_'
/// (as Discourse requires), so that @mentions can find them in text and a sentence's full stop is not part of a name.
/// </summary>
public static partial class UserNameRules
{
    public const int MinLength = 3;
    public const int MaxLength = 20;

    public static bool IsValid(string? userName) =>
        userName is not null && Pattern().IsMatch(userName);

    /// <summary>
    /// The form user names are compared in: stored beside the name (Member.NormalizedUserName) and used by Identity
    /// (ForumLookupNormalizer), so "Alice" and "alice" are one member on every database, without a collation.
    /// Only a–z are upper-cased and nothing else is folded: names are ASCII, and Unicode's case and compatibility rules
    /// would make "ſato-k" (long s) or "sato-\u212A" (Kelvin sign) sign in as "sato-k".
    /// </summary>
    public static string Normalize(string userName) =>
        string.Create(userName.Length, userName, static (span, name) =>
        {
            for (var i = 0; i < name.Length; i++)
            {
                span[i] = name[i] is >= 'a' and <= 'z' ? (char)(name[i] - ('a' - 'A')) : name[i];
            }
        });

    /// <summary>
    /// What a name looks like, for telling look-alikes apart: compatibility forms folded (NFKC, so "ｌ" is "l"), lower
    /// case, the letters and digits that pass for one another in common fonts made one (i, l, 1 and | as "l"; 0 as "o"),
    /// and the separators '.', '_' and '-' dropped. Two members never share a skeleton (Member.UserNameSkeleton is
    /// unique), so nobody can register "Iena.v", "1ena.v" or "lena_v" next to "lena.v".
    /// </summary>
    public static string Skeleton(string userName)
    {
        var folded = userName.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var skeleton = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            switch (c)
            {
                case '.' or '_' or '-':
                    break;
                case 'i' or 'l' or '1' or '|':
                    skeleton.Append('l');
                    break;
                case '0':
                    skeleton.Append('o');
                    break;
                default:
                    skeleton.Append(c);
                    break;
            }
        }

        return skeleton.ToString();
    }

    public static string Validate(string userName) =>
        IsValid(userName)
            ? userName
            : throw new DomainRuleException($"'{userName}' is not a valid user name: use {MinLength}–{MaxLength} letters, digits, '_', '-' or '.', starting and ending with a letter, digit or '_'.");

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.\-]{1,18}[A-Za-z0-9_]\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
