namespace MipForum.Domain.Moderation;

/// <summary>A member's standing, earned by activity (Discourse's trust levels 0–3); admins can set it by hand.</summary>
public enum TrustLevel
{
    New = 0,
    Basic = 1,
    Member = 2,
    Regular = 3,
}

/// <summary>What a member's standing is computed from.</summary>
public sealed record TrustFacts(int DaysSinceJoining, int PostsWritten, int LikesReceived, int FlagsAgreed, int FlagsDisagreed);

/// <summary>
/// The thresholds for each trust level and what a level is worth. Documented in docs/moderation.md; change them there too.
/// </summary>
public static class TrustRules
{
    /// <summary>Days a member must have been here to leave New.</summary>
    public const int BasicDays = 2;

    /// <summary>Posts a member must have written to leave New.</summary>
    public const int BasicPosts = 3;

    public static TrustLevel Earned(TrustFacts facts)
    {
        var flagsAreMostlyRight = facts.FlagsDisagreed <= facts.FlagsAgreed + 2;
        if (facts.DaysSinceJoining >= 60 && facts.PostsWritten >= 50 && facts.LikesReceived >= 20 && flagsAreMostlyRight)
        {
            return TrustLevel.Regular;
        }

        if (facts.DaysSinceJoining >= 15 && facts.PostsWritten >= 10 && facts.LikesReceived >= 5 && flagsAreMostlyRight)
        {
            return TrustLevel.Member;
        }

        return EarnsMoreThanNew(facts.DaysSinceJoining, facts.PostsWritten) ? TrustLevel.Basic : TrustLevel.New;
    }

    /// <summary>
    /// Whether activity lifts a member above New: the higher levels each ask for more days and posts than Basic, so
    /// this needs only whether the member has written <see cref="BasicPosts"/> posts, not how many.
    /// </summary>
    public static bool EarnsMoreThanNew(int daysSinceJoining, int postsWritten) => daysSinceJoining >= BasicDays && postsWritten >= BasicPosts;

    /// <summary>
    /// A flag's weight toward hiding: 0 for a new account (its flag goes to the review queue but never hides anything:
    /// registering costs nothing, so nine throwaway accounts must not hide a post), 2 for Basic up to 4 for a regular;
    /// a flagger whose flags moderators keep rejecting loses one point (never below 1). Three established members
    /// (3 + 3 + 3) reach the default threshold of 9.
    /// </summary>
    public static int FlagWeight(TrustLevel level, TrustFacts facts)
    {
        if (level == TrustLevel.New)
        {
            return 0;
        }

        var weight = (int)level + 1;
        var inaccurate = facts.FlagsDisagreed >= 3 && facts.FlagsDisagreed > facts.FlagsAgreed;
        return Math.Max(1, inaccurate ? weight - 1 : weight);
    }
}
