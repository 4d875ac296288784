namespace MipForum.Domain.Polls;

/// <summary>One option's total: the weight its ballots carry and how many ballots they are.</summary>
public sealed record OptionTotal(int OptionId, decimal Weight, int Ballots);

/// <summary>Everyone who took part, abstainers included: the number of ballots and the weight they carry.</summary>
public sealed record Turnout(int Ballots, decimal Weight);

public enum OutcomeKind
{
    /// <summary>One option met the rule.</summary>
    Winner,

    /// <summary>Two or more options met the rule equally: reported, never silently broken.</summary>
    Tie,

    /// <summary>The rule was not met (no majority, too little weight, no ballots); the explanation says why.</summary>
    NoOutcome,
}

/// <summary>The outcome, with the options it names and a sentence a reader can check against the totals.</summary>
public sealed record PollOutcome(OutcomeKind Kind, int? WinnerId, IReadOnlyList<int> TiedIds, string Explanation);

/// <summary>Where the eliminated option's ballots went in a runoff round: to the next continuing option, or exhausted (null).</summary>
public sealed record Transfer(int? ToOptionId, decimal Weight, int Ballots);

/// <summary>How an elimination between options with equally few votes was decided.</summary>
public enum EliminationTieBreak
{
    /// <summary>One option had the fewest votes: no tie.</summary>
    None,

    /// <summary>Of the tied options, the one with the fewest first-round votes was eliminated.</summary>
    FirstRoundTotals,

    /// <summary>Still tied on first-round votes: the lot drawn from the poll's seed decided (see <see cref="TieLot"/>).</summary>
    Lot,
}

/// <summary>
/// One round of an instant runoff: every continuing option's total, the ballots that no longer rank a continuing option,
/// and (unless the round decided the poll) the option eliminated, how a tie for elimination was broken, and where its
/// ballots went.
/// </summary>
public sealed record RunoffRound(
    int Number,
    IReadOnlyList<OptionTotal> Totals,
    decimal ExhaustedWeight,
    int ExhaustedBallots,
    int? EliminatedId,
    EliminationTieBreak TieBreak,
    IReadOnlyList<Transfer> Transfers);

/// <summary>
/// A poll's result, computed once at the close and stored with the rule that produced it. <see cref="Options"/> holds
/// each option's weight and ballots (a ranked poll's first preferences; an approval poll's approvals); <see cref="Rounds"/>
/// is empty but for instant runoff.
/// </summary>
public sealed record PollResult(IReadOnlyList<OptionTotal> Options, Turnout Turnout, IReadOnlyList<RunoffRound> Rounds, PollOutcome Outcome);
