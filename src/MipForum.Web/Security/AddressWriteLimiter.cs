using System.Threading.RateLimiting;
using MipForum.Application.Common.Exceptions;

namespace MipForum.Web.Security;

/// <summary>
/// The per-address write window (<c>Forum:RateLimits:WritesPerIp</c>), one instance shared by the HTTP rate limiter
/// and the commands an interactive island sends over its circuit (through <see cref="Common.ScopedSender"/>). A circuit's
/// writes travel inside one websocket, which the HTTP limiter cannot see, so without this likes and replies from the
/// composer would not count. Singleton.
/// </summary>
public sealed class AddressWriteLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _window;

    public AddressWriteLimiter(WindowLimit limit)
    {
        _window = TimeSpan.FromSeconds(limit.WindowSeconds);
        _limiter = PartitionedRateLimiter.Create<string, string>(address => address.Length == 0
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetFixedWindowLimiter($"ip:{address}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = _window,
                QueueLimit = 0,
            }));
    }

    /// <summary>For the HTTP limiter: the address of a write request, or the empty string for requests not limited here.</summary>
    public PartitionedRateLimiter<HttpContext> ForRequests(Func<HttpContext, string> addressOfWrite) =>
        _limiter.WithTranslatedKey(addressOfWrite, leaveOpen: true);

    /// <summary>Counts one write from <paramref name="address"/> (a circuit's), or refuses it as the HTTP limiter would.</summary>
    /// <exception cref="TooManyRequestsException">The address used up this window.</exception>
    public void Acquire(string address)
    {
        using var lease = _limiter.AttemptAcquire(address);
        if (!lease.IsAcquired)
        {
            throw new TooManyRequestsException(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _window);
        }
    }

    public void Dispose() => _limiter.Dispose();
}
