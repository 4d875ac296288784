using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MipForum.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Per-connection SQLite settings. WAL itself is persistent (set once at start-up); synchronous=NORMAL
/// is safe under WAL and roughly triples insert throughput; busy_timeout makes writers queue instead of failing.
/// Foreign keys need no PRAGMA: Microsoft.Data.Sqlite's bundled SQLite turns them on for every connection.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
