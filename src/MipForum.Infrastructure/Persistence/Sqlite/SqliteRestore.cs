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
    public static RestoreReport Restore(string backupFile, string connectionString, DateTimeOffset now)
    {
        var backup = Path.GetFullPath(backupFile);
        if (!File.Exists(backup))
        {
            throw new IOException($"No backup file {backup}.");
        }

        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        using var held = DatabaseInUse.TryTake(database)
            ?? throw new IOException($"A forum is running on {database}: stop it first, then restore.");

        var check = Integrity(backup);
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

        using (var source = new SqliteConnection(ReadOnly(backup)))
        using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString()))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        using var restored = new SqliteConnection(ReadOnly(database));
        restored.Open();
        using var count = restored.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"Posts\";";
        return new RestoreReport(database, aside, Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Integrity(string file)
    {
        using var connection = new SqliteConnection(ReadOnly(file));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return command.ExecuteScalar() as string ?? "no answer";
    }

    private static string ReadOnly(string file) => new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
}
