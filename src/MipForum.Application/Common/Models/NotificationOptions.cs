namespace MipForum.Application.Common.Models;

/// <summary>Limits on what one post can make the forum send, bound from <c>Forum:Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Forum:Notifications";

    /// <summary>Distinct members one post (a thread's first post, a reply, an edit) may @mention.</summary>
    public int MaxMentionsPerPost { get; set; } = 10;

    /// <summary>The same for members at trust level New, who could otherwise register and ping everyone at once.</summary>
    public int MaxMentionsPerPostNewAccount { get; set; } = 3;
}
