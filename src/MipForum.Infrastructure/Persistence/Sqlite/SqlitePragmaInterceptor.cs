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
        Prepared(connection);
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
        Prepared(connection);
    }

    private bool FirstOpen(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle })
        {
            return true;
        }

        return !_prepared.TryGetValue(handle, out _);
    }

    // Marked once the PRAGMAs ran: a connection whose PRAGMAs failed gets them again at its next open.
    private void Prepared(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _prepared.AddOrUpdate(handle, handle);
        }
    }
}
