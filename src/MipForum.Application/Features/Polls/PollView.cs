using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

/// <summary>An option as readers and the API see it: its number in the poll is its id.</summary>
public sealed record PollOptionView(int Id, string Text, bool IsAbstain)
{
    public static IReadOnlyList<PollOptionView> Of(Poll poll) =>
        [.. poll.Options.OrderBy(o => o.Number).Select(o => new PollOptionView(o.Number, o.Text, o.IsAbstain))];
}

/// <summary>The reader's own ballot, with the weight it carries now (fixed at the close).</summary>
public sealed record MyBallotView(IReadOnlyList<int> Choices, DateTimeOffset CastAt, decimal Weight);

/// <summary>
/// The totals, when the reader may see them: per option, turnout against <see cref="EligibleTotal"/> (snapshot weight, or
/// members), every runoff round, and the outcome with its explanation. <see cref="IsFinal"/> once counted at the close.
/// </summary>
public sealed record PollResultsView(
    IReadOnlyList<OptionTotal> Options,
    Turnout Turnout,
    decimal EligibleTotal,
    IReadOnlyList<RunoffRound> Rounds,
    PollOutcome Outcome,
    bool IsFinal);

/// <summary>A poll as one reader sees it now: its definition, state, their ballot and whether they may vote, and the results if visible.</summary>
public sealed record PollView(
    int Id,
    int ThreadId,
    string ThreadTitle,
    string ThreadSlug,
    int? PostNumber,
    string? ProposalCode,
    string Question,
    PollType Type,
    OutcomeRule Rule,
    string RuleText,
    PollState State,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset? ClosedAt,
    ResultsVisibility Visibility,
    PollWeighting Weighting,
    string? SnapshotLabel,
    string CreatorUserName,
    string Seed,
    IReadOnlyList<PollOptionView> Options,
    MyBallotView? MyBallot,
    bool CanVote,
    string? VoteNote,
    PollResultsView? Results);
