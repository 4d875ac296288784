namespace MipForum.Domain.Moderation;

/// <summary>Why a member flags a post (Discourse's reasons); "something else" needs a message.</summary>
public enum FlagReason
{
    OffTopic = 0,
    Inappropriate = 1,
    Spam = 2,
    Illegal = 3,
    SomethingElse = 4,
}

public enum FlagStatus
{
    Pending = 0,

    /// <summary>A moderator agreed: the post was hidden or deleted.</summary>
    Agreed = 1,

    /// <summary>A moderator disagreed: the post stays; the flag counts against the flagger's accuracy.</summary>
    Disagreed = 2,

    /// <summary>A moderator looked and took no action.</summary>
    Deferred = 3,

    /// <summary>The flagger took it back while it was pending.</summary>
    Retracted = 4,
}

public static class FlagReasonNames
{
    public static string DisplayName(this FlagReason reason) => reason switch
    {
        FlagReason.OffTopic => "Off-topic",
        FlagReason.Inappropriate => "Inappropriate",
        FlagReason.Spam => "Spam",
        FlagReason.Illegal => "Illegal",
        FlagReason.SomethingElse => "Something else",
        _ => reason.ToString(),
    };
}
