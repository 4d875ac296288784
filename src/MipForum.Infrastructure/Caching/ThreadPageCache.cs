using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Infrastructure.Caching;

/// <summary>
/// Thread pages' shared rows in memory, evicted by the same committed writes as the page cache and before it (ADR 0027):
/// <c>thread:{id}</c> drops that thread's pages, <see cref="PageCacheTags.Threads"/> and <see cref="PageCacheTags.Everything"/>
/// drop all. As in the page cache's store, rows are kept only if no eviction happened while they were read, so rows read
/// before a write committed are never kept after its eviction.
/// </summary>
public sealed class ThreadPageCache : IThreadPageCache, IDisposable
{
    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<int, CancellationTokenSource> _threads = new();
    private readonly Lock _gate = new();
    private readonly ThreadPageCacheOptions _options;
    private long _generation;

    private readonly TimeProvider _time;

    public ThreadPageCache(IOptions<ThreadPageCacheOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _options.ThreadPages) });
    }

    public async ValueTask<T?> GetOrLoadAsync<T>(int threadId, int page, Func<CancellationToken, Task<T?>> load, CancellationToken cancellationToken)
        where T : class, IKeptRows
    {
        if (_options.ThreadPages == 0 || _options.ThreadPageSeconds == 0)
        {
            return await load(cancellationToken);
        }

        var key = (threadId, page);
        // The forum's clock, not the cache's: rows that change with time alone are read again from that moment.
        if (_entries.TryGetValue(key, out var kept) && kept is T rows && !(rows.ChangesAt <= _time.GetUtcNow()))
        {
            return rows;
        }

        var began = Interlocked.Read(ref _generation);
        var loaded = await load(cancellationToken);
        if (loaded is null)
        {
            return null; // no such thread or page: nothing to keep, and a thread created later is not hidden
        }

        lock (_gate)
        {
            if (began == _generation)
            {
                var thread = _threads.GetOrAdd(threadId, _ => new CancellationTokenSource());
                _entries.Set(key, loaded, new MemoryCacheEntryOptions
                {
                    Size = 1,
                    AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(_options.ThreadPageSeconds),
                    ExpirationTokens = { new CancellationChangeToken(thread.Token) },
                });
            }
        }

        return loaded;
    }

    /// <summary>Drops the pages the written rows' tags name; called by <see cref="PageCacheInterceptor"/> after the commit.</summary>
    public void Evict(IReadOnlySet<string> tags)
    {
        var all = tags.Contains(PageCacheTags.Everything) || tags.Contains(PageCacheTags.Threads);
        var threads = all ? [] : tags.Select(ThreadOf).OfType<int>().ToList();
        if (!all && threads.Count == 0)
        {
            return; // lists, profiles, the log: no thread page's shared rows
        }

        lock (_gate)
        {
            _generation++;
            if (all)
            {
                _entries.Clear();
                return;
            }

            foreach (var thread in threads)
            {
                if (_threads.TryRemove(thread, out var pages))
                {
                    pages.Cancel();
                    pages.Dispose();
                }
            }
        }
    }

    private static int? ThreadOf(string tag) =>
        tag.StartsWith("thread:", StringComparison.Ordinal) && int.TryParse(tag.AsSpan(7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    public void Dispose()
    {
        _entries.Dispose();
        foreach (var pages in _threads.Values)
        {
            pages.Dispose();
        }
    }
}
