using MipForum.Application.Common.Interfaces;

namespace MipForum.Web.Common;

/// <summary>
/// One live-update subscription per thread and circuit, shared by that page's islands (the live bar, which also hands
/// like counts to the page's script, and every poll), instead of one per island: a page of islands would otherwise hold one subscription each on the bus, and with a
/// backplane each of them would be a channel listener. Scoped, so it lives as long as the circuit; the bus subscription
/// ends when the last island on the page lets go (or the circuit ends).
/// </summary>
public sealed class CircuitLiveUpdates(ILiveUpdates bus) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, Feed> _feeds = [];

    public IDisposable Subscribe(int threadId, Func<ThreadActivity, Task> onActivity)
    {
        lock (_gate)
        {
            if (!_feeds.TryGetValue(threadId, out var feed))
            {
                feed = new Feed();
                feed.Bus = bus.Subscribe(threadId, feed.DeliverAsync);
                _feeds[threadId] = feed;
            }

            feed.Add(onActivity);
            return new Listener(this, threadId, onActivity);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var feed in _feeds.Values)
            {
                feed.Bus?.Dispose();
            }

            _feeds.Clear();
        }
    }

    private void Remove(int threadId, Func<ThreadActivity, Task> onActivity)
    {
        lock (_gate)
        {
            if (_feeds.TryGetValue(threadId, out var feed) && feed.Remove(onActivity) == 0)
            {
                feed.Bus?.Dispose();
                _feeds.Remove(threadId);
            }
        }
    }

    // Listeners change only under the owner's lock, by swapping the whole array; delivery reads the array it finds
    // without a lock, so a bus callback never waits for an island that is subscribing.
    private sealed class Feed
    {
        private Func<ThreadActivity, Task>[] _listeners = [];

        public IDisposable? Bus { get; set; }

        public void Add(Func<ThreadActivity, Task> listener) => Volatile.Write(ref _listeners, [.. _listeners, listener]);

        public int Remove(Func<ThreadActivity, Task> listener)
        {
            var index = Array.IndexOf(_listeners, listener);
            if (index >= 0)
            {
                Volatile.Write(ref _listeners, [.. _listeners[..index], .. _listeners[(index + 1)..]]);
            }

            return _listeners.Length;
        }

        // Called by the bus on a pool thread; each island moves onto its circuit itself (InvokeAsync). One island that
        // throws must not keep the others from hearing.
        public async Task DeliverAsync(ThreadActivity activity)
        {
            var listeners = Volatile.Read(ref _listeners);
            List<Exception>? failures = null;
            foreach (var listener in listeners)
            {
                try
                {
                    await listener(activity);
                }
                catch (Exception failure)
                {
                    (failures ??= []).Add(failure);
                }
            }

            if (failures is not null)
            {
                throw new AggregateException(failures);
            }
        }
    }

    private sealed class Listener(CircuitLiveUpdates owner, int threadId, Func<ThreadActivity, Task> onActivity) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(threadId, onActivity);
            }
        }
    }
}
