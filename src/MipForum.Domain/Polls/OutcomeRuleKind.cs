namespace MipForum.Domain.Polls;

/// <summary>What makes an option the outcome of a poll; declared when the poll is created and shown from the first moment.</summary>
public enum OutcomeRuleKind
{
    /// <summary>The option with the most weight wins.</summary>
    Plurality,

    /// <summary>An option wins when its share of the non-abstaining weight is above the stated share (default 50%).</summary>
    Majority,

    /// <summary>The option approved by the most weight wins (approval polls).</summary>
    Approval,

    /// <summary>Instant runoff over the rankings (ranked-choice polls).</summary>
    InstantRunoff,
}
