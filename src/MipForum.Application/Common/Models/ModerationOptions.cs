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

    /// <summary>Pending flags on one post from accounts created within <see cref="CoordinatedFlagsJoinWindowMinutes"/> of each other, or from one address, that the review queue marks "coordinated?".</summary>
    public int CoordinatedFlagsMinimum { get; set; } = 3;

    /// <summary>How close together the flaggers' accounts were created for their flags to count as one burst.</summary>
    public int CoordinatedFlagsJoinWindowMinutes { get; set; } = 60;

    /// <summary>
    /// The key of the keyed hash (HMAC-SHA256) stored with a flag instead of its client address, at least 32 characters.
    /// Empty: a random key made once and kept with the deployment's Data Protection keys (beside the SQLite file), so
    /// hashes compare across restarts; several nodes either share that folder or set the same key here.
    /// </summary>
    public string AddressHashKey { get; set; } = string.Empty;
}
