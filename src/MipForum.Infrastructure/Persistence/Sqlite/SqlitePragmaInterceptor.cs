using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MipForum.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Per-connection SQLite settings. WAL itself is persistent (set once at start-up); synchronous=NORMAL
/// is safe under WAL and roughly triples insert throughput; busy_timeout makes writers queue instead of failing.
/// Foreign keys need no PRAGMA: Microsoft.Data.Sqlite's bundled SQLite turns them on for every connection.
/// The settings belong to SQLite's connection, which the pool keeps open between DbContexts, so they are sent once per
/// pooled connection (its handle), not at every open.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    private readonly ConditionalWeakTable<object, object> _prepared = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private bool FirstOpen(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle })
        {
            return true;
        }

        if (_prepared.TryGetValue(handle, out _))
        {
            return false;
        }

        _prepared.AddOrUpdate(handle, handle);
        return true;
    }
}
