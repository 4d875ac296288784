namespace MipForum.Infrastructure.Persistence;

/// <summary>
/// What kind of statement a command's text is, past the comments EF Core's TagWith puts in front. Asked of every command
/// the forum runs, so it reads the text in place and allocates nothing.
/// </summary>
internal static class SqlStatement
{
    /// <summary>A statement that only reads: SELECT, PRAGMA, EXPLAIN, or a WITH without a write in it.</summary>
    public static bool IsRead(string sql)
    {
        var text = Body(sql);
        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("EXPLAIN", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase) && !ContainsWriteVerb(text));
    }

    /// <summary>The table an UPDATE, DELETE, INSERT or REPLACE writes (its first quoted name); empty for any other statement.</summary>
    public static string WrittenTable(string sql)
    {
        var text = Body(sql);
        if (!(text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase)))
        {
            return string.Empty;
        }

        // EF Core and the search index quote every table name.
        var open = text.IndexOf('"');
        var close = open < 0 ? -1 : text[(open + 1)..].IndexOf('"');
        return close < 0 ? string.Empty : text.Slice(open + 1, close).ToString();
    }

    private static ReadOnlySpan<char> Body(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        while (true)
        {
            if (text.StartsWith("--", StringComparison.Ordinal))
            {
                var end = text.IndexOf('\n');
                text = end < 0 ? [] : text[(end + 1)..].TrimStart();
            }
            else if (text.StartsWith("/*", StringComparison.Ordinal))
            {
                var end = text.IndexOf("*/", StringComparison.Ordinal);
                text = end < 0 ? [] : text[(end + 2)..].TrimStart();
            }
            else
            {
                return text;
            }
        }
    }

    private static bool ContainsWriteVerb(ReadOnlySpan<char> text) =>
        text.Contains("INSERT ", StringComparison.OrdinalIgnoreCase) || text.Contains("UPDATE ", StringComparison.OrdinalIgnoreCase)
        || text.Contains("DELETE ", StringComparison.OrdinalIgnoreCase) || text.Contains("REPLACE ", StringComparison.OrdinalIgnoreCase);
}
