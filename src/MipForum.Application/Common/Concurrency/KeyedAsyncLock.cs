namespace MipForum.Application.Common.Concurrency;

/// <summary>
/// One async lock per key (a thread id), made on first use and dropped when nobody holds or waits for it. In-process
/// only: it spares this process's writers the work of racing each other; other nodes are still met by the optimistic
/// checks it sits in front of.
/// </summary>
public sealed class KeyedAsyncLock
{
    private readonly Dictionary<int, Entry> _entries = [];

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    public async Task<IDisposable> EnterAsync(int key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(key, entry, held: false);
            throw;
        }

        return new Holding(this, key, entry);
    }

    private void Release(int key, Entry entry, bool held)
    {
        if (held)
        {
            entry.Gate.Release();
        }

        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
            }
        }
    }

    private sealed class Holding(KeyedAsyncLock owner, int key, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(key, entry, held: true);
            }
        }
    }
}
