using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MipForum.Infrastructure.Persistence.Sqlite;

/// <summary>What a backup wrote: the file, its size, and how many posts it holds (checked on the copy, not the source).</summary>
public sealed record BackupReport(string File, long Bytes, int Posts, string IntegrityCheck);

/// <summary>
/// A consistent copy of the live SQLite file, taken while the forum serves and writes (SQLite's online backup API,
/// which copies a snapshot page by page and restarts if a writer changes a page it already copied), then opened and
/// checked (<c>PRAGMA integrity_check</c>). Never copies the file by hand: a copy of a file under a writer, with its
/// WAL beside it, is not a database one can trust. Refuses to overwrite an existing file.
/// </summary>
public sealed class SqliteBackup(ForumDbContext db)
{
    public async Task<BackupReport> BackupAsync(string destination, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(destination);
        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists; name a new file (a backup never overwrites one).");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The forum's database has no connection string.");
        await using (var source = new SqliteConnection(connectionString))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await copy.OpenAsync(cancellationToken);
            source.BackupDatabase(copy);
        }

        var (integrity, posts) = await SqliteFileCheck.CheckAsync(target, cancellationToken);
        return new BackupReport(target, new FileInfo(target).Length, posts, integrity);
    }
}
