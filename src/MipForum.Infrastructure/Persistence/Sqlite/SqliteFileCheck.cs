using Microsoft.Data.Sqlite;

namespace MipForum.Infrastructure.Persistence.Sqlite;

/// <summary>What backup and restore ask of a database file, opened read-only and unpooled so nothing keeps it open.</summary>
internal static class SqliteFileCheck
{
    public static string ReadOnly(string file) => new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    /// <summary><c>PRAGMA integrity_check</c>'s answer ("ok" for a sound file) and how many posts the file holds.</summary>
    public static async Task<(string Integrity, int Posts)> CheckAsync(string file, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(ReadOnly(file));
        await connection.OpenAsync(cancellationToken);
        var integrity = (string?)await ScalarAsync(connection, "PRAGMA integrity_check;", cancellationToken) ?? "no answer";
        var posts = integrity == "ok"
            ? Convert.ToInt32(await ScalarAsync(connection, "SELECT COUNT(*) FROM \"Posts\";", cancellationToken), System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        return (integrity, posts);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
