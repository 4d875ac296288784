namespace MipForum.Application.Common.Exceptions;

/// <summary>
/// Nothing is wrong with the request, but it lost every retry against concurrent writers and nothing was saved: the same
/// request sent again shortly will most likely succeed (503 with Retry-After, remedy "retry"). Unlike a stale version,
/// reloading changes nothing. The message says so and is safe to show.
/// </summary>
public sealed class BusyException(string message, TimeSpan? retryAfter = null) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter ?? TimeSpan.FromSeconds(1);
}
