using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Models;

namespace MipForum.Application.Common.Security;

/// <summary>A fixed window per member, counted in memory (one node). Singleton.</summary>
public sealed class MemberWriteLimiter(IOptions<WriteLimitOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<int, Window> _windows = new();

    /// <exception cref="TooManyRequestsException">The member used up this window.</exception>
    public void Acquire(int memberId)
    {
        var limits = options.Value;
        var length = TimeSpan.FromSeconds(limits.WindowSeconds);
        var now = time.GetUtcNow();
        var window = _windows.AddOrUpdate(
            memberId,
            _ => new Window(now, 1),
            (_, current) => now - current.Start >= length ? new Window(now, 1) : current with { Count = current.Count + 1 });
        if (window.Count > limits.PermitLimit)
        {
            throw new TooManyRequestsException(window.Start + length - now);
        }
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
