using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MipForum.Infrastructure.Persistence;

/// <summary>
/// The migrations were squashed into one baseline before the first release (ADR 0016). A database made earlier
/// records migrations this build no longer has; migrating it would fail deep inside EF Core ("table already exists").
/// The start stops first, saying what to do.
/// </summary>
public static class MigrationBaseline
{
    public static async Task EnsureKnownHistoryAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        var known = database.GetMigrations().ToList();
        var unknown = (await database.GetAppliedMigrationsAsync(cancellationToken)).Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var file = database.GetDbConnection().DataSource;
        var before = known.Count > 0 && unknown.All(m => string.CompareOrdinal(m, known[0]) < 0);
        throw new InvalidOperationException(before
            ? $"The database '{file}' was made before MipForum's migrations were squashed into one baseline (it records {unknown[0]} and {unknown.Count - 1} more); it cannot be upgraded. Stop the forum, delete that file with its -wal and -shm files, and start again: a new database is made and seeded. See the README, section 'Where the data lives, and how to reset it'."
            : $"The database '{file}' was migrated by another version of MipForum (it records {string.Join(", ", unknown)}, which this version does not have). Start the version that made it, or delete the file to start afresh.");
    }
}
