using Microsoft.EntityFrameworkCore;
using MipForum.Infrastructure.Persistence.Sqlite;

namespace MipForum.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current schema: the provider's own preparation (WAL for SQLite), a refusal of databases
/// from before the migration baseline, then the migrations, then what the search index needs from older rows. One start-up step; the host decides when it runs.
/// </summary>
public sealed class DatabaseMigrator(ForumDbContext db)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await SqliteProvider.PrepareFileAsync(db, cancellationToken);
        }

        await db.Database.EnsureKnownHistoryAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await Search.SqliteSearchPreparation.PrepareAsync(db, cancellationToken);
        }
    }
}
