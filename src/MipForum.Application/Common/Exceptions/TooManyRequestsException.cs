namespace MipForum.Application.Common.Exceptions;

/// <summary>The member is writing faster than the configured limit (429 with Retry-After).</summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter)
    : Exception($"You are posting too fast. Try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} seconds.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
