namespace MipForum.Infrastructure.Persistence;

/// <summary>What kind of statement a command's text is, past the comments EF Core's TagWith puts in front.</summary>
internal static class SqlStatement
{
    public static string WithoutLeadingComments(string sql)
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
                return text.ToString();
            }
        }
    }

    /// <summary>A statement that only reads: SELECT, PRAGMA, EXPLAIN, or a WITH whose body is a SELECT.</summary>
    public static bool IsRead(string text) =>
        text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("EXPLAIN", StringComparison.OrdinalIgnoreCase)
        || (text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase) && !ContainsWriteVerb(text));

    public static bool IsWrite(string text) =>
        text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);

    private static bool ContainsWriteVerb(string text) =>
        text.Contains("INSERT ", StringComparison.OrdinalIgnoreCase) || text.Contains("UPDATE ", StringComparison.OrdinalIgnoreCase)
        || text.Contains("DELETE ", StringComparison.OrdinalIgnoreCase) || text.Contains("REPLACE ", StringComparison.OrdinalIgnoreCase);
}
