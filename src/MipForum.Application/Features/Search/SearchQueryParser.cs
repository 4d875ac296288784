using System.Globalization;
using System.Text;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Search;

/// <summary>
/// Reads what a reader typed the way Discourse's search box does: words (all must appear), <c>"quoted phrases"</c>,
/// prefixes (<c>facilit*</c>), exclusions (<c>-word</c>, <c>-"a phrase"</c>) and inline filters: <c>@user</c>,
/// <c>#category</c>, <c>tags:x</c>, <c>status:rfc</c>, <c>before:2026-01-01</c>, <c>after:2026-01-01</c> and
/// <c>type:proposal</c>. Pure: the index turns the terms into its own syntax, so nothing typed here reaches it as syntax.
/// </summary>
public static class SearchQueryParser
{
    public const int MaxLength = 200;
    public const int MaxTerms = 12;
    public const int MinPrefixLength = 2;

    public static (ParsedSearch Search, IReadOnlyList<string> Errors) Parse(string? text, SearchFilters? given = null)
    {
        var filters = given ?? new SearchFilters();
        var terms = new List<SearchTerm>();
        var errors = new List<string>();
        foreach (var (token, quoted, excluded) in Tokens(text ?? string.Empty))
        {
            if (!quoted && !excluded && TryFilter(token, ref filters, errors))
            {
                continue;
            }

            var prefix = !quoted && token.EndsWith('*');
            var word = prefix ? token.TrimEnd('*') : token;
            if (!word.Any(char.IsLetterOrDigit))
            {
                continue; // punctuation alone matches nothing the index holds
            }

            if (prefix && word.Count(char.IsLetterOrDigit) < MinPrefixLength)
            {
                errors.Add($"“{token}”: a prefix search needs at least {MinPrefixLength} letters before the *.");
                continue;
            }

            terms.Add(new SearchTerm(word, quoted && word.Any(char.IsWhiteSpace), prefix, excluded));
        }

        if (terms.Count > MaxTerms)
        {
            errors.Add($"Search for at most {MaxTerms} words or phrases.");
        }

        var search = new ParsedSearch(terms, filters);
        if (terms.Count > 0 && !search.HasRequiredTerm)
        {
            errors.Add("Say what to look for, not only what to leave out (“-word” excludes it from what you found).");
        }

        return (search, errors);
    }

    /// <summary>Reads a status as written in a search or a URL: its name in any case, with or without spaces or dashes.</summary>
    public static bool TryParseStatus(string text, out ProposalStatus status)
    {
        var compact = new string(text.Where(char.IsLetter).ToArray());
        foreach (var candidate in Enum.GetValues<ProposalStatus>())
        {
            var display = new string(candidate.DisplayName().Where(char.IsLetter).ToArray());
            if (string.Equals(compact, candidate.ToString(), StringComparison.OrdinalIgnoreCase) || string.Equals(compact, display, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>A day as searches write it, year-month-day (<c>2026-01-31</c>), inline or as an API parameter.</summary>
    public static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static bool TryParseKind(string text, out SearchKind kind) =>
        Enum.TryParse(text.Trim().TrimEnd('s'), ignoreCase: true, out kind) && Enum.IsDefined(kind);

    public static string StatusNames => string.Join(", ", Enum.GetValues<ProposalStatus>().Select(s => s.ToString().ToLowerInvariant()));

    private static bool TryFilter(string token, ref SearchFilters filters, List<string> errors)
    {
        if (token.Length > 1 && token[0] == '@')
        {
            filters = filters with { Author = token[1..] };
            return true;
        }

        if (token.Length > 1 && token[0] == '#')
        {
            filters = filters with { Category = token[1..].ToLowerInvariant() };
            return true;
        }

        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == token.Length - 1)
        {
            return false;
        }

        var value = token[(colon + 1)..];
        switch (token[..colon].ToLowerInvariant())
        {
            case "tag" or "tags":
                filters = filters with { Tag = value.Split(',')[0].ToLowerInvariant() };
                return true;
            case "status":
                if (TryParseStatus(value, out var status))
                {
                    filters = filters with { Status = status };
                }
                else
                {
                    errors.Add($"“{token}”: a status is one of {StatusNames}.");
                }

                return true;
            case "before" or "after":
                if (!TryParseDay(value, out var day))
                {
                    errors.Add($"“{token}”: write the date as year-month-day, for example {token[..colon]}:2026-01-31.");
                }
                else
                {
                    filters = token[0] is 'b' or 'B' ? filters with { Before = day } : filters with { After = day };
                }

                return true;
            case "type" or "in":
                if (TryParseKind(value, out var kind))
                {
                    filters = filters with { Kind = kind };
                }
                else
                {
                    errors.Add($"“{token}”: a type is one of {string.Join(", ", Enum.GetNames<SearchKind>().Select(n => n.ToLowerInvariant()))}.");
                }

                return true;
            default:
                return false; // "word:word" is text, as Discourse reads an unknown filter
        }
    }

    // Splits on white space; a double quote starts or ends a phrase, and a "-" right before a word or phrase excludes it.
    private static IEnumerable<(string Token, bool Quoted, bool Excluded)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                yield break;
            }

            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }

            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
                var collapsed = Collapse(phrase);
                if (collapsed.Length > 0)
                {
                    yield return (collapsed, true, excluded);
                }

                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            yield return (text[start..i], false, excluded);
        }
    }

    private static string Collapse(string phrase)
    {
        var builder = new StringBuilder(phrase.Length);
        foreach (var part in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length > 0 ? " " : string.Empty).Append(part);
        }

        return builder.ToString();
    }
}
