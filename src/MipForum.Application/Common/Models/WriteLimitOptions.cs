namespace MipForum.Application.Common.Models;

/// <summary>
/// Commands per member per window, from <c>Forum:RateLimits:Commands</c>. The HTTP limiter only sees requests; this
/// one also covers what interactive islands send over their circuit (replies, likes, edits).
/// </summary>
public sealed class WriteLimitOptions
{
    public const string SectionName = "Forum:RateLimits:Commands";

    public int PermitLimit { get; set; } = 30;

    public int WindowSeconds { get; set; } = 60;
}
