using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Features.Search;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Search;

/// <summary>
/// Search on SQLite's FTS5: one table <c>SearchIndex(title, body)</c> with the <c>unicode61 remove_diacritics 2</c>
/// tokenizer, filled from the views <c>PostSearchSource</c>, <c>ProposalSearchSource</c>, <c>PollSearchSource</c> and
/// <c>MemberSearchSource</c> by triggers on their tables, so every write, edit, rename, import and deletion changes the
/// index in its own transaction (migration <c>SearchIndex</c>). Moderation and withdrawal change no text: who may see a
/// post is decided here, in the query, from the post's own columns, so a hidden post is never on a reader's page at all.
/// Ranked by BM25 with a thread's title and a proposal's code and title weighted above text, newest first on a tie.
/// </summary>
internal sealed class SqliteSearchIndex(ForumDbContext db) : ISearchIndex
{
    private const string TitleWeight = "5.0";
    private const char MatchStart = '\u0002';
    private const char MatchEnd = '\u0003';
    private const int SnippetTokens = 24;
    private const int ListedSnippetLength = 240;

    private const string Joins = """
        FROM SearchIndex
        LEFT JOIN Posts p ON (SearchIndex.rowid & 7) = 1 AND p.Id = (SearchIndex.rowid >> 3)
        LEFT JOIN Proposals pr ON (SearchIndex.rowid & 7) = 2 AND pr.Id = (SearchIndex.rowid >> 3)
        LEFT JOIN Polls pl ON (SearchIndex.rowid & 7) = 3 AND pl.Id = (SearchIndex.rowid >> 3)
        LEFT JOIN Members m ON (SearchIndex.rowid & 7) = 4 AND m.Id = (SearchIndex.rowid >> 3)
        LEFT JOIN Threads t ON t.Id = coalesce(p.ThreadId, pl.ThreadId)
        """;

    private const string At = "(CASE SearchIndex.rowid & 7 WHEN 1 THEN p.CreatedAt WHEN 2 THEN coalesce(pr.PublishedAt, pr.ProposedAt) WHEN 3 THEN pl.CreatedAt ELSE m.JoinedAt END)";

    // Who may find what: the rules of PostStanding.IsTextReadableBy and Proposal's drafts, in SQL. A post withdrawn by
    // its author, removed or hidden by a moderator is found only by staff, and a removed or hidden one by its author;
    // a draft only by its authors. Hidden posts are folded on the thread page: a snippet would unfold them.
    private const string Visible = """
        ((p.Id IS NOT NULL AND (@staff = 1 OR (p.DeletedAt IS NULL AND ((p.RemovedAt IS NULL AND p.HiddenAt IS NULL) OR p.AuthorId = @me))))
         OR (pr.Id IS NOT NULL AND (pr.PublishedAt IS NOT NULL OR pr.AuthorId = @me
             OR EXISTS (SELECT 1 FROM ProposalCoAuthors c WHERE c.ProposalId = pr.Id AND c.MemberId = @me)))
         OR pl.Id IS NOT NULL
         OR m.Id IS NOT NULL)
        """;

    public Task<SearchMatches> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        WithConnectionAsync(connection => SearchAsync(connection, request, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, SearchReader reader, int limit, CancellationToken cancellationToken) =>
        WithConnectionAsync(connection => SuggestAsync(connection, prefix, limit, cancellationToken), cancellationToken);

    private async Task<SearchMatches> SearchAsync(SqliteConnection connection, SearchRequest request, CancellationToken cancellationToken)
    {
        var match = Fts5Match.Of(request.Search);
        var take = request.PageSize + 1;
        List<(long RowId, double Score)> rows;
        if (match is null)
        {
            (rows, _, _) = await PageAsync(connection, request, match, candidates: null, cancellationToken) ?? ([], 0, 0);
        }
        else
        {
            // Ranked inside FTS5 first: the best few hundred matches by BM25 alone (no joins), then visibility and the
            // filters on that short list. A word in a quarter of the posts no longer joins every one of them. The page
            // is exact when every match was a candidate, or when it is full and ends on a better score than the worst
            // candidate (every match left out scores worse still); otherwise, with many hits hidden or filtered out or a
            // tie across the edge, it asks again with more, and in the end with all of them.
            int? candidates = Math.Max(MinCandidates, take * request.Page * 4);
            while (true)
            {
                var page = await PageAsync(connection, request, match, candidates, cancellationToken);
                if (page is not { } found)
                {
                    return new SearchMatches([], false);
                }

                rows = found.Rows;
                var complete = candidates is null || found.Candidates < candidates
                    || (rows.Count == take && rows[^1].Score < found.WorstCandidate);
                if (complete)
                {
                    break;
                }

                candidates = candidates * 8 > MaxCandidates ? null : candidates * 8;
            }
        }

        var hasMore = rows.Count > request.PageSize;
        var pageIds = rows.Take(request.PageSize).Select(r => r.RowId).ToList();
        var snippets = await SnippetsAsync(connection, pageIds, match, cancellationToken);
        return new SearchMatches([.. pageIds.Select(id => new SearchMatch(SearchRowIds.KindOf(id), SearchRowIds.IdOf(id), snippets.GetValueOrDefault(id) ?? []))], hasMore);
    }

    private const int MinCandidates = 200;
    private const int MaxCandidates = 20_000;

    /// <summary>
    /// One page of visible hits, ranked: among the best <paramref name="candidates"/> matches when it is set (with how
    /// many candidates there were and the worst one's score), among all matches otherwise. Null when a filter names no
    /// member or category.
    /// </summary>
    private async Task<(List<(long RowId, double Score)> Rows, long Candidates, double WorstCandidate)?> PageAsync(
        SqliteConnection connection, SearchRequest request, string? match, int? candidates, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder();
        if (candidates is not null)
        {
            sql.Append($"WITH ranked AS MATERIALIZED (SELECT rowid AS RowId, bm25(SearchIndex, {TitleWeight}, 1.0) AS Score FROM SearchIndex WHERE SearchIndex MATCH @match ORDER BY Score LIMIT @candidates)\n")
                .Append("SELECT ranked.RowId, ranked.Score, (SELECT count(*) FROM ranked), (SELECT max(Score) FROM ranked)\n")
                .Append(Joins.Replace("FROM SearchIndex", "FROM ranked", StringComparison.Ordinal)).Append('\n')
                .Append("WHERE ").Append(Visible);
            command.Parameters.AddWithValue("@candidates", candidates.Value);
        }
        else
        {
            sql.Append("SELECT SearchIndex.rowid, ").Append(match is null ? "0.0" : $"bm25(SearchIndex, {TitleWeight}, 1.0)").Append(" AS Score, 0, 0.0\n")
                .Append(Joins).Append('\n')
                .Append("WHERE ").Append(match is null ? "1 = 1" : "SearchIndex MATCH @match").Append(" AND ").Append(Visible);
        }

        if (match is not null)
        {
            command.Parameters.AddWithValue("@match", match);
        }

        command.Parameters.AddWithValue("@me", (object?)request.Reader.MemberId ?? DBNull.Value);
        command.Parameters.AddWithValue("@staff", request.Reader.IsStaff ? 1 : 0);
        if (!await AppendFiltersAsync(request.Search.Filters, sql, command, cancellationToken))
        {
            return null;
        }

        sql.Append("\nORDER BY 2, ").Append(At).Append(" DESC, 1 DESC LIMIT @take OFFSET @skip");
        command.Parameters.AddWithValue("@take", request.PageSize + 1);
        command.Parameters.AddWithValue("@skip", (long)(request.Page - 1) * request.PageSize);
        command.CommandText = candidates is null ? sql.ToString() : sql.ToString().Replace("SearchIndex.rowid", "ranked.RowId", StringComparison.Ordinal);

        var rows = new List<(long, double)>();
        long count = 0;
        double worst = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(0), reader.GetDouble(1)));
            count = reader.GetInt64(2);
            worst = reader.GetDouble(3);
        }

        if (candidates is not null && rows.Count == 0)
        {
            // No visible row on this page: how many candidates there were still decides whether to ask for more.
            await using var counting = connection.CreateCommand();
            counting.CommandText = "SELECT count(*) FROM (SELECT 1 FROM SearchIndex WHERE SearchIndex MATCH @match LIMIT @candidates)";
            counting.Parameters.AddWithValue("@match", match!);
            counting.Parameters.AddWithValue("@candidates", candidates.Value);
            count = (long)(await counting.ExecuteScalarAsync(cancellationToken))!;
            worst = double.MaxValue;
        }

        return (rows, count, worst);
    }

    // Every suggestion is a title or a name anyone may read (drafts have no code and are left out): no reader needed.
    private static async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(SqliteConnection connection, string prefix, int limit, CancellationToken cancellationToken)
    {
        var words = prefix.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit)).Take(SearchQueryParser.MaxTerms).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var suggestions = new List<SearchSuggestion>();
        var like = EscapeLike(prefix.Trim()) + "%";

        // A proposal code as typed so far (mip41c → MIP41c5, MIP41c5-SP2), shortest first: published ones only.
        await ReadAsync(connection, """
            SELECT Code, Title FROM Proposals WHERE PublishedAt IS NOT NULL AND Code LIKE @like ESCAPE '\'
            ORDER BY length(Code), Code LIMIT @limit
            """, [("@like", like), ("@limit", Math.Max(1, limit / 2))],
            r => suggestions.Add(new SearchSuggestion(SearchKind.Proposal, r.GetString(0), r.GetString(1), Application.Common.ForumLinks.Proposal(r.GetString(0)))),
            cancellationToken);

        await ReadAsync(connection, """
            SELECT UserName, DisplayName FROM Members WHERE NormalizedUserName LIKE @name ESCAPE '\' OR DisplayName LIKE @like ESCAPE '\'
            ORDER BY length(UserName), UserName LIMIT @limit
            """, [("@name", EscapeLike(UserNameRules.Normalize(prefix.Trim().TrimStart('@'))) + "%"), ("@like", like), ("@limit", Math.Max(1, limit / 4))],
            r => suggestions.Add(new SearchSuggestion(SearchKind.Member, "@" + r.GetString(0), r.GetString(1), Application.Common.ForumLinks.Member(r.GetString(0)))),
            cancellationToken);

        // Titles with every word typed, the last one as a prefix: threads (their first post's row) and published proposals.
        // A word the reader already marked as a prefix ("facilit*") stays one.
        var titles = "title : (" + string.Join(" AND ", words.Select((w, i) => Fts5Match.Quoted(w.TrimEnd('*')) + (i == words.Count - 1 || w.EndsWith('*') ? "*" : string.Empty))) + ")";
        await ReadAsync(connection, """
            SELECT t.Id, t.Title, t.Slug, pr.Code, pr.Title
            FROM SearchIndex
            LEFT JOIN Posts p ON (SearchIndex.rowid & 7) = 1 AND p.Id = (SearchIndex.rowid >> 3)
            LEFT JOIN Threads t ON t.Id = p.ThreadId
            LEFT JOIN Proposals pr ON (SearchIndex.rowid & 7) = 2 AND pr.Id = (SearchIndex.rowid >> 3)
            WHERE SearchIndex MATCH @titles AND (t.Id IS NOT NULL OR pr.PublishedAt IS NOT NULL)
            ORDER BY bm25(SearchIndex, 5.0, 1.0) LIMIT @limit
            """, [("@titles", titles), ("@limit", limit)],
            r => suggestions.Add(r.IsDBNull(0)
                ? new SearchSuggestion(SearchKind.Proposal, r.GetString(3), r.GetString(4), Application.Common.ForumLinks.Proposal(r.GetString(3)))
                : new SearchSuggestion(SearchKind.Thread, r.GetString(1), null, Application.Common.ForumLinks.Thread(r.GetInt32(0), r.GetString(2)))),
            cancellationToken);
        return [.. suggestions.DistinctBy(s => s.Url).Take(limit)];
    }

    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""
            DELETE FROM SearchIndex;
            INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM PostSearchSource;
            INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM ProposalSearchSource;
            INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM PollSearchSource;
            INSERT INTO SearchIndex(rowid, title, body) SELECT RowId, Title, Body FROM MemberSearchSource;
            INSERT INTO SearchIndex(SearchIndex) VALUES ('optimize');
            """, cancellationToken);
        var count = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM SearchIndex").SingleAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Adds the filters to the query; false when a filter names no member or category (nothing can match).</summary>
    private async Task<bool> AppendFiltersAsync(SearchFilters filters, StringBuilder sql, SqliteCommand command, CancellationToken cancellationToken)
    {
        sql.Append(filters.Kind switch
        {
            SearchKind.Post => " AND (SearchIndex.rowid & 7) = 1",
            SearchKind.Thread => " AND (SearchIndex.rowid & 7) = 1 AND p.Number = 1",
            SearchKind.Proposal => " AND (SearchIndex.rowid & 7) = 2",
            SearchKind.Poll => " AND (SearchIndex.rowid & 7) = 3",
            SearchKind.Member => " AND (SearchIndex.rowid & 7) = 4",
            _ => string.Empty,
        });

        if (filters.Author is { } author)
        {
            var name = UserNameRules.Normalize(author.Trim().TrimStart('@'));
            var memberId = await db.Members.AsNoTracking().Where(m => m.NormalizedUserName == name).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken);
            if (memberId is null)
            {
                return false;
            }

            sql.Append(" AND (p.AuthorId = @author OR pr.AuthorId = @author OR EXISTS (SELECT 1 FROM ProposalCoAuthors ca WHERE ca.ProposalId = pr.Id AND ca.MemberId = @author))");
            command.Parameters.AddWithValue("@author", memberId.Value);
        }

        if (filters.Category is { } slug)
        {
            var lowered = slug.Trim().ToLowerInvariant(); // slugs are stored lower-case
            var categoryId = await db.Categories.AsNoTracking().Where(c => c.Slug == lowered).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (categoryId is null)
            {
                return false;
            }

            sql.Append(" AND t.CategoryId = @category");
            command.Parameters.AddWithValue("@category", categoryId.Value);
        }

        if (filters.Tag is { } tag)
        {
            sql.Append(" AND (EXISTS (SELECT 1 FROM json_each(t.Tags) WHERE value = @tag) OR EXISTS (SELECT 1 FROM json_each(pr.Tags) WHERE value = @tag))");
            command.Parameters.AddWithValue("@tag", tag.Trim().ToLowerInvariant());
        }

        if (filters.Status is { } status)
        {
            sql.Append(" AND (pr.Status = @status OR EXISTS (SELECT 1 FROM Proposals sp WHERE sp.Id = t.ProposalId AND sp.Status = @status))");
            command.Parameters.AddWithValue("@status", status.ToString());
        }

        if (filters.After is { } after)
        {
            sql.Append(" AND ").Append(At).Append(" >= @after");
            command.Parameters.AddWithValue("@after", UtcTicks(after));
        }

        if (filters.Before is { } before)
        {
            sql.Append(" AND ").Append(At).Append(" < @before");
            command.Parameters.AddWithValue("@before", UtcTicks(before));
        }

        return true;
    }

    // Snippets for the page's rows only: FTS5 builds them from the matched row's own stored text, so a snippet shows
    // nothing but the text of a hit its reader may see. A row found by its filters alone shows the start of its text.
    private static async Task<Dictionary<long, IReadOnlyList<SnippetPart>>> SnippetsAsync(SqliteConnection connection, List<long> rowIds, string? match, CancellationToken cancellationToken)
    {
        var snippets = new Dictionary<long, IReadOnlyList<SnippetPart>>();
        if (rowIds.Count == 0)
        {
            return snippets;
        }

        var ids = string.Join(",", rowIds);
        var sql = match is null
            ? $"SELECT rowid, title, substr(body, 1, {ListedSnippetLength}) FROM SearchIndex WHERE rowid IN ({ids})"
            : $"SELECT rowid, snippet(SearchIndex, 0, char(2), char(3), '…', {SnippetTokens}), snippet(SearchIndex, 1, char(2), char(3), '…', {SnippetTokens}) FROM SearchIndex WHERE SearchIndex MATCH @match AND rowid IN ({ids})";
        await ReadAsync(connection, sql, match is null ? [] : [("@match", match)], r =>
        {
            var rowId = r.GetInt64(0);
            var body = r.IsDBNull(2) ? string.Empty : r.GetString(2);

            // A member has only a name, and a thread or poll found by its title alone shows its text's start unmarked.
            var text = body.Length == 0 || (rowId & 7) == SearchRowIds.Member ? r.GetString(1) : body;
            snippets[rowId] = Parts(text);
        }, cancellationToken);
        return snippets;
    }

    private static List<SnippetPart> Parts(string marked)
    {
        var parts = new List<SnippetPart>();
        var text = new StringBuilder();
        var inMatch = false;
        foreach (var c in marked)
        {
            if (c is MatchStart or MatchEnd)
            {
                if (text.Length > 0)
                {
                    parts.Add(new SnippetPart(text.ToString(), inMatch));
                    text.Clear();
                }

                inMatch = c == MatchStart;
                continue;
            }

            text.Append(c);
        }

        if (text.Length > 0)
        {
            parts.Add(new SnippetPart(text.ToString(), inMatch));
        }

        return parts;
    }

    private static async Task ReadAsync(SqliteConnection connection, string sql, IReadOnlyList<(string Name, object Value)> parameters, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }

    // The context's own connection, opened for this call: EF Core keeps it open across the calls inside and closes it after.
    private async Task<T> WithConnectionAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await work((SqliteConnection)db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static long UtcTicks(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).UtcTicks;

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
