using System.Text.RegularExpressions;
using MipForum.Domain.Common;

namespace MipForum.Domain.Discussions;

/// <summary>Tags as Discourse has them: a few lower-case words per thread (mip41, rwf-001).</summary>
public static partial class ThreadTags
{
    public const int MaxPerThread = 5;
    public const int MaxLength = 30;

    public static bool IsTag(string? tag) => tag is not null && Pattern().IsMatch(tag);

    /// <summary>Trims, lower-cases and de-duplicates; refuses malformed tags and more than five.</summary>
    public static List<string> Normalize(IEnumerable<string>? tags)
    {
        var normalized = (tags ?? []).Select(t => (t ?? string.Empty).Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        if (normalized.Count > MaxPerThread)
        {
            throw new DomainRuleException($"A thread has at most {MaxPerThread} tags.");
        }

        var bad = normalized.FirstOrDefault(t => !IsTag(t));
        return bad is null
            ? normalized
            : throw new DomainRuleException($"'{bad}' is not a tag: use lower-case letters, digits and '-' (at most {MaxLength}).");
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,28}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
