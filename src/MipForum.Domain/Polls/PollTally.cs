namespace MipForum.Domain.Polls;

/// <summary>
/// Counts a poll's ballots under its declared rule (docs/polls.md). Pure and exact: decimal arithmetic, no clock, no
/// randomness but the poll's stored seed, so anyone with the downloaded ballots gets the same result.
/// </summary>
public static class PollTally
{
    public static PollResult Count(PollType type, OutcomeRule rule, IReadOnlyList<TallyOption> options, IReadOnlyCollection<CountedBallot> ballots, string seed)
    {
        rule.EnsureFits(type);
        var turnout = new Turnout(ballots.Count, ballots.Sum(b => b.Weight));
        if (type == PollType.Ranked)
        {
            return InstantRunoff.Count(rule, options, ballots, seed, turnout);
        }

        var totals = TotalsOfChoices(options, ballots);
        var contenders = totals.Where(t => !options.Single(o => o.Id == t.OptionId).IsAbstain).ToList();
        var outcome = rule.Kind == OutcomeRuleKind.Majority
            ? Majority(rule, options, contenders, ballots.Count)
            : MostWeight(rule, options, contenders, ballots.Count);
        return new PollResult(totals, turnout, [], outcome);
    }

    // Every option a ballot chose gets the ballot's whole weight: the one choice of a binary or single-choice ballot, each
    // approved option of an approval ballot.
    private static List<OptionTotal> TotalsOfChoices(IReadOnlyList<TallyOption> options, IReadOnlyCollection<CountedBallot> ballots)
    {
        var weights = options.ToDictionary(o => o.Id, _ => 0m);
        var counts = options.ToDictionary(o => o.Id, _ => 0);
        foreach (var ballot in ballots)
        {
            foreach (var choice in ballot.Choices)
            {
                weights[choice] += ballot.Weight;
                counts[choice]++;
            }
        }

        return [.. options.Select(o => new OptionTotal(o.Id, weights[o.Id], counts[o.Id]))];
    }

    private static PollOutcome MostWeight(OutcomeRule rule, IReadOnlyList<TallyOption> options, List<OptionTotal> contenders, int ballots)
    {
        var top = contenders.Count == 0 ? 0m : contenders.Max(t => t.Weight);
        if (top == 0m)
        {
            return Nothing(ballots);
        }

        var leaders = contenders.Where(t => t.Weight == top).Select(t => t.OptionId).ToList();
        if (BelowMinimum(rule, options, leaders, top) is { } below)
        {
            return below;
        }

        return leaders.Count > 1
            ? Tie(options, leaders, top)
            : new PollOutcome(OutcomeKind.Winner, leaders[0], [], $"{Name(options, leaders[0])} carried {Amounts.Weight(top)}, the most of any option.");
    }

    private static PollOutcome Majority(OutcomeRule rule, IReadOnlyList<TallyOption> options, List<OptionTotal> contenders, int ballots)
    {
        var counted = contenders.Sum(t => t.Weight);
        if (counted == 0m)
        {
            return Nothing(ballots);
        }

        // Exact: weight > share × counted, compared in decimals before any rounding for display.
        var above = contenders.Where(t => t.Weight > rule.Share * counted).ToList();
        if (above.Count == 0)
        {
            var most = contenders.MaxBy(t => t.Weight)!;
            return new PollOutcome(OutcomeKind.NoOutcome, null, [],
                $"No option carried more than {Amounts.Share(rule.Share)} of the non-abstaining weight; the most was {Name(options, most.OptionId)} with {Amounts.Percent(most.Weight, counted)}.");
        }

        var top = above.Max(t => t.Weight);
        var leaders = above.Where(t => t.Weight == top).Select(t => t.OptionId).ToList();
        if (BelowMinimum(rule, options, leaders, top) is { } below)
        {
            return below;
        }

        return leaders.Count > 1
            ? Tie(options, leaders, top)
            : new PollOutcome(OutcomeKind.Winner, leaders[0], [],
                $"{Name(options, leaders[0])} carried {Amounts.Percent(top, counted)} of the non-abstaining weight, above {Amounts.Share(rule.Share)}.");
    }

    internal static PollOutcome? BelowMinimum(OutcomeRule rule, IReadOnlyList<TallyOption> options, IReadOnlyList<int> leaders, decimal weight) =>
        rule.MinimumWeight is { } minimum && weight < minimum
            ? new PollOutcome(OutcomeKind.NoOutcome, null, [],
                $"{string.Join(" and ", leaders.Select(l => Name(options, l)))} carried {Amounts.Weight(weight)}, below the minimum participation of {Amounts.Weight(minimum)}.")
            : null;

    internal static PollOutcome Tie(IReadOnlyList<TallyOption> options, IReadOnlyList<int> leaders, decimal weight) =>
        new(OutcomeKind.Tie, null, leaders, $"{string.Join(" and ", leaders.Select(l => Name(options, l)))} are tied with {Amounts.Weight(weight)} each.");

    internal static PollOutcome Nothing(int ballots) =>
        new(OutcomeKind.NoOutcome, null, [], ballots == 0 ? "No ballots were cast." : "No weight was cast for any option.");

    internal static string Name(IReadOnlyList<TallyOption> options, int id) => $"“{options.Single(o => o.Id == id).Text}”";
}
