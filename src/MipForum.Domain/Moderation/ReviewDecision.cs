namespace MipForum.Domain.Moderation;

/// <summary>A moderator's answer to the flags on a post.</summary>
public enum ReviewDecision
{
    Agree = 0,
    Disagree = 1,
    Defer = 2,
}
