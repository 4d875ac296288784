using Microsoft.Data.Sqlite;

namespace MipForum.Infrastructure.Persistence.Sqlite;

/// <summary>What a restore did: the database it wrote, where the one it replaced went, and how many posts it now holds.</summary>
public sealed record RestoreReport(string Database, string PreviousMovedTo, int Posts);

/// <summary>
/// Puts a backup in place of the forum's database, only while no forum serves it (<see cref="DatabaseInUse"/>): checks
/// the backup first (<c>PRAGMA integrity_check</c>), moves the current file and its WAL aside (never deletes them), and
/// writes the backup in with SQLite's backup API. The next start migrates it if it is from an older version.
/// </summary>
public static class SqliteRestore
{
    public static async Task<RestoreReport> RestoreAsync(string backupFile, string connectionString, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var backup = Path.GetFullPath(backupFile);
        if (!File.Exists(backup))
        {
            throw new IOException($"No backup file {backup}.");
        }

        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        using var held = DatabaseInUse.TryTake(database)
            ?? throw new IOException($"A forum is running on {database}: stop it first, then restore.");

        var (check, _) = await SqliteFileCheck.CheckAsync(backup, cancellationToken);
        if (check != "ok")
        {
            throw new IOException($"{backup} fails its integrity check ({check}); nothing was changed.");
        }

        SqliteConnection.ClearAllPools();
        var aside = $"{database}.before-restore-{now.UtcDateTime:yyyyMMdd-HHmmss}";
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(database + suffix))
            {
                File.Move(database + suffix, aside + suffix);
            }
        }

        using (var source = new SqliteConnection(SqliteFileCheck.ReadOnly(backup)))
        using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString()))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        var (_, posts) = await SqliteFileCheck.CheckAsync(database, cancellationToken);
        return new RestoreReport(database, aside, posts);
    }
}
