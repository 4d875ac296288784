namespace MipForum.Domain.Polls;

/// <summary>
/// Instant runoff over rankings. Each round a ballot counts for its highest-ranked continuing option; an option with more
/// than half of the continuing weight wins; otherwise the option with the least weight is eliminated and its ballots move
/// to their next continuing choice, or are exhausted when they rank none. A tie for elimination is broken by first-round
/// totals, then by the poll's seeded lot (<see cref="TieLot"/>); two last options with equal weight are a tie, reported as
/// one. Abstain-only ballots count for turnout and take no part in the rounds.
/// </summary>
internal static class InstantRunoff
{
    // Ballots with the same ranking are counted together: 100,000 ballots over 5 options are at most 325 rankings.
    private sealed class Ranking(int[] choices)
    {
        public int[] Choices { get; } = choices;
        public decimal Weight { get; set; }
        public int Ballots { get; set; }

        public int? TopAmong(HashSet<int> continuing)
        {
            foreach (var choice in Choices)
            {
                if (continuing.Contains(choice))
                {
                    return choice;
                }
            }

            return null;
        }
    }

    public static PollResult Count(OutcomeRule rule, IReadOnlyList<TallyOption> options, IReadOnlyCollection<CountedBallot> ballots, string seed, Turnout turnout)
    {
        var abstain = options.Where(o => o.IsAbstain).Select(o => o.Id).ToHashSet();
        var rankings = Group(ballots, abstain);
        var continuing = options.Where(o => !o.IsAbstain).Select(o => o.Id).ToHashSet();
        var rounds = new List<RunoffRound>();
        Dictionary<int, decimal>? firstRound = null;

        for (var number = 1; ; number++)
        {
            var (totals, exhaustedWeight, exhaustedBallots) = CountRound(options, rankings, continuing);
            firstRound ??= totals.ToDictionary(t => t.OptionId, t => t.Weight);
            var counted = totals.Sum(t => t.Weight);
            var top = totals.Count == 0 ? 0m : totals.Max(t => t.Weight);
            var leaders = totals.Where(t => t.Weight == top).Select(t => t.OptionId).ToList();
            PollOutcome? outcome = counted == 0m ? PollTally.Nothing(ballots.Count)
                : top * 2m > counted ? Won(rule, options, leaders[0], top, counted, number)
                : totals.Count == 2 ? TieOrBelow(rule, options, leaders, top)
                : null;
            if (outcome is not null)
            {
                rounds.Add(new RunoffRound(number, totals, exhaustedWeight, exhaustedBallots, null, EliminationTieBreak.None, []));
                return new PollResult(FirstPreferences(options, ballots), turnout, rounds, outcome);
            }

            var (eliminated, tieBreak) = Eliminate(totals, firstRound, seed, number);
            continuing.Remove(eliminated);
            rounds.Add(new RunoffRound(number, totals, exhaustedWeight, exhaustedBallots, eliminated, tieBreak, Transfers(rankings, eliminated, continuing)));
        }
    }

    private static List<Ranking> Group(IReadOnlyCollection<CountedBallot> ballots, HashSet<int> abstain)
    {
        var byKey = new Dictionary<string, Ranking>(StringComparer.Ordinal);
        foreach (var ballot in ballots)
        {
            var choices = ballot.Choices.Where(c => !abstain.Contains(c)).ToArray();
            if (choices.Length == 0)
            {
                continue;
            }

            var key = string.Join(',', choices);
            if (!byKey.TryGetValue(key, out var ranking))
            {
                byKey[key] = ranking = new Ranking(choices);
            }

            ranking.Weight += ballot.Weight;
            ranking.Ballots++;
        }

        return [.. byKey.Values];
    }

    private static (List<OptionTotal> Totals, decimal ExhaustedWeight, int ExhaustedBallots) CountRound(
        IReadOnlyList<TallyOption> options, List<Ranking> rankings, HashSet<int> continuing)
    {
        var weights = continuing.ToDictionary(id => id, _ => 0m);
        var counts = continuing.ToDictionary(id => id, _ => 0);
        var (exhaustedWeight, exhaustedBallots) = (0m, 0);
        foreach (var ranking in rankings)
        {
            if (ranking.TopAmong(continuing) is { } top)
            {
                weights[top] += ranking.Weight;
                counts[top] += ranking.Ballots;
            }
            else
            {
                exhaustedWeight += ranking.Weight;
                exhaustedBallots += ranking.Ballots;
            }
        }

        // In the options' own order, so every round lists them the same way.
        var totals = options.Where(o => continuing.Contains(o.Id)).Select(o => new OptionTotal(o.Id, weights[o.Id], counts[o.Id])).ToList();
        return (totals, exhaustedWeight, exhaustedBallots);
    }

    private static (int Eliminated, EliminationTieBreak TieBreak) Eliminate(List<OptionTotal> totals, Dictionary<int, decimal> firstRound, string seed, int round)
    {
        var fewest = totals.Min(t => t.Weight);
        var tied = totals.Where(t => t.Weight == fewest).Select(t => t.OptionId).ToList();
        if (tied.Count == 1)
        {
            return (tied[0], EliminationTieBreak.None);
        }

        var fewestFirst = tied.Min(id => firstRound[id]);
        var stillTied = tied.Where(id => firstRound[id] == fewestFirst).ToList();
        return stillTied.Count == 1
            ? (stillTied[0], EliminationTieBreak.FirstRoundTotals)
            : (TieLot.Draw(seed, round, stillTied), EliminationTieBreak.Lot);
    }

    private static List<Transfer> Transfers(List<Ranking> rankings, int eliminated, HashSet<int> continuing)
    {
        var moved = new Dictionary<int, (decimal Weight, int Ballots)>();
        var (exhaustedWeight, exhaustedBallots) = (0m, 0);
        var before = new HashSet<int>(continuing) { eliminated };
        foreach (var ranking in rankings.Where(r => r.TopAmong(before) == eliminated))
        {
            if (ranking.TopAmong(continuing) is { } next)
            {
                var (weight, ballots) = moved.GetValueOrDefault(next);
                moved[next] = (weight + ranking.Weight, ballots + ranking.Ballots);
            }
            else
            {
                exhaustedWeight += ranking.Weight;
                exhaustedBallots += ranking.Ballots;
            }
        }

        var transfers = moved.OrderBy(m => m.Key).Select(m => new Transfer(m.Key, m.Value.Weight, m.Value.Ballots)).ToList();
        if (exhaustedBallots > 0)
        {
            transfers.Add(new Transfer(null, exhaustedWeight, exhaustedBallots));
        }

        return transfers;
    }

    private static PollOutcome Won(OutcomeRule rule, IReadOnlyList<TallyOption> options, int winner, decimal weight, decimal counted, int round) =>
        PollTally.BelowMinimum(rule, options, [winner], weight)
        ?? new PollOutcome(OutcomeKind.Winner, winner, [],
            $"{PollTally.Name(options, winner)} won in round {round} with {Amounts.Weight(weight)} of {Amounts.Weight(counted)} continuing weight ({Amounts.Percent(weight, counted)}).");

    private static PollOutcome TieOrBelow(OutcomeRule rule, IReadOnlyList<TallyOption> options, List<int> leaders, decimal weight) =>
        PollTally.BelowMinimum(rule, options, leaders, weight) ?? PollTally.Tie(options, leaders, weight);

    private static List<OptionTotal> FirstPreferences(IReadOnlyList<TallyOption> options, IReadOnlyCollection<CountedBallot> ballots)
    {
        var weights = options.ToDictionary(o => o.Id, _ => 0m);
        var counts = options.ToDictionary(o => o.Id, _ => 0);
        foreach (var ballot in ballots.Where(b => b.Choices.Count > 0))
        {
            weights[ballot.Choices[0]] += ballot.Weight;
            counts[ballot.Choices[0]]++;
        }

        return [.. options.Select(o => new OptionTotal(o.Id, weights[o.Id], counts[o.Id]))];
    }
}
