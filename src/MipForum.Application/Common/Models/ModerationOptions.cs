namespace MipForum.Application.Common.Models;

/// <summary>Moderation thresholds and new-account limits, bound from <c>Forum:Moderation</c>.</summary>
public sealed class ModerationOptions
{
    public const string SectionName = "Forum:Moderation";

    /// <summary>Pending flag weight that hides a post pending review; 9 is three established members (weight 3 each).</summary>
    public int HideThreshold { get; set; } = 9;

    /// <summary>Posts (threads and replies) a new account (trust level 0) may write per 24 hours.</summary>
    public int NewAccountPostsPerDay { get; set; } = 10;

    /// <summary>A new account's first this-many posts may not contain links to other sites or images.</summary>
    public int NewAccountPostsWithoutLinks { get; set; } = 2;
}
