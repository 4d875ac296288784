using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Infrastructure.LiveUpdates;

/// <summary>Live updates within one process: subscribers per thread, called without blocking the publisher.</summary>
public sealed partial class InProcessLiveUpdates(ILogger<InProcessLiveUpdates> logger) : ILiveUpdates
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<Guid, Func<ThreadActivity, Task>>> _subscribers = new();

    public void Publish(ThreadActivity activity)
    {
        if (!_subscribers.TryGetValue(activity.ThreadId, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers.Values)
        {
            // Fire and forget per subscriber: a slow or broken page must not delay the writer or the other readers.
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler(activity);
                }
                catch (Exception error)
                {
                    LogSubscriberFailed(activity.ThreadId, error.GetType().Name);
                }
            });
        }
    }

    public IDisposable Subscribe(int threadId, Func<ThreadActivity, Task> onActivity)
    {
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(threadId, _ => new()).TryAdd(id, onActivity);
        return new Subscription(() =>
        {
            if (_subscribers.TryGetValue(threadId, out var handlers))
            {
                handlers.TryRemove(id, out _);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A live-update subscriber of thread {ThreadId} failed: {Error}")]
    private partial void LogSubscriberFailed(int threadId, string error);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
