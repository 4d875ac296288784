namespace MipForum.Infrastructure.Persistence.Sqlite;

/// <summary>
/// A serving forum holds an exclusive lock on a file beside its database (<c>forum.db.in-use</c>) for as long as it runs,
/// so an operator's <c>restore</c> can tell that the database is open and refuse, instead of replacing it under the
/// forum's writes. The operating system releases the lock when the process ends, however it ends.
/// </summary>
public sealed class DatabaseInUse : IDisposable
{
    private readonly FileStream _lock;

    private DatabaseInUse(FileStream held) => _lock = held;

    /// <summary>Takes the lock, or returns null when another process (or host) holds it.</summary>
    public static DatabaseInUse? TryTake(string databaseFile)
    {
        try
        {
            return new DatabaseInUse(new FileStream(databaseFile + ".in-use", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _lock.Dispose();
}
