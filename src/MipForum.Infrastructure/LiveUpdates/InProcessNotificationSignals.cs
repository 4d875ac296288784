using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Infrastructure.LiveUpdates;

/// <summary>Notification signals within one process: subscribers per member, called without blocking the writer.</summary>
public sealed partial class InProcessNotificationSignals(ILogger<InProcessNotificationSignals> logger) : INotificationSignals
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<Guid, Func<Task>>> _subscribers = new();

    public void Publish(int memberId)
    {
        if (!_subscribers.TryGetValue(memberId, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers.Values)
        {
            // Fire and forget: a slow or closed page must not delay the command that notified.
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler();
                }
                catch (Exception error)
                {
                    LogSubscriberFailed(memberId, error.GetType().Name);
                }
            });
        }
    }

    public IDisposable Subscribe(int memberId, Func<Task> onChange)
    {
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(memberId, _ => new()).TryAdd(id, onChange);
        return new Unsubscriber(() =>
        {
            if (_subscribers.TryGetValue(memberId, out var handlers))
            {
                handlers.TryRemove(id, out _);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A notification subscriber of member {MemberId} failed: {Error}")]
    private partial void LogSubscriberFailed(int memberId, string error);

    private sealed class Unsubscriber(Action dispose) : IDisposable
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
