using MipForum.Domain.Polls;

namespace MipForum.Domain.Tests.Polls;

/// <summary>Hand-written ballots: <c>Many(3, 1m, a, b)</c> is three ballots of weight 1 ranking a then b.</summary>
internal static class Ballots
{
    public static IEnumerable<CountedBallot> Many(int count, decimal weight, params int[] choices) =>
        Enumerable.Range(0, count).Select(_ => new CountedBallot(choices, weight));

    public static List<TallyOption> Options(params string[] texts) =>
        [.. texts.Select((text, index) => new TallyOption(index + 1, text, IsAbstain: text == "Abstain"))];

    public static PollResult Count(PollType type, OutcomeRule rule, List<TallyOption> options, IEnumerable<CountedBallot> ballots, string seed = "test-seed") =>
        PollTally.Count(type, rule, options, [.. ballots], seed);

    public static decimal WeightOf(this PollResult result, int option) => result.Options.Single(o => o.OptionId == option).Weight;

    public static decimal WeightOf(this RunoffRound round, int option) => round.Totals.Single(o => o.OptionId == option).Weight;
}
