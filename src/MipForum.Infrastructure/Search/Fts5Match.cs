using MipForum.Application.Features.Search;

namespace MipForum.Infrastructure.Search;

/// <summary>
/// A parsed search as an FTS5 query expression. Every term is written as a quoted string (its quotes doubled), so what a
/// reader typed is only ever text to FTS5, never its syntax (AND, OR, NEAR, column filters, parentheses).
/// </summary>
internal static class Fts5Match
{
    /// <summary>The expression; null when the search has no required term (it then lists what its filters select).</summary>
    public static string? Of(ParsedSearch search, bool titleOnly = false)
    {
        var required = search.Terms.Where(t => !t.IsExcluded).Select(Term).ToList();
        if (required.Count == 0)
        {
            return null;
        }

        var expression = string.Join(" AND ", required);
        var excluded = search.Terms.Where(t => t.IsExcluded).Select(Term).ToList();
        if (excluded.Count > 0)
        {
            expression = $"({expression}) NOT ({string.Join(" OR ", excluded)})";
        }

        return titleOnly ? $"title : ({expression})" : expression;
    }

    public static string Term(SearchTerm term) => Quoted(term.Text) + (term.IsPrefix ? "*" : string.Empty);

    public static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
