using MipForum.Domain.Polls;
using static MipForum.Domain.Tests.Polls.Ballots;

namespace MipForum.Domain.Tests.Polls;

/// <summary>Ranked-choice polls counted by hand, round by round (docs/polls.md).</summary>
public sealed class InstantRunoffTallyTests
{
    private const int A = 1, B = 2, C = 3, D = 4;
    private static readonly OutcomeRule Runoff = new(OutcomeRuleKind.InstantRunoff);

    private static PollResult Ranked(List<TallyOption> options, IEnumerable<CountedBallot> ballots, OutcomeRule? rule = null, string seed = "test-seed") =>
        Count(PollType.Ranked, rule ?? Runoff, options, ballots, seed);

    [Fact]
    public void ShouldDecideInTheSecondRoundWhenTheLastOptionsBallotsTransfer()
    {
        var result = Ranked(Options("A", "B", "C"), [.. Many(4, 1m, A), .. Many(3, 1m, B, C), .. Many(2, 1m, C, B)]);

        Assert.Equal(2, result.Rounds.Count);
        var first = result.Rounds[0];
        Assert.Equal([4m, 3m, 2m], first.Totals.Select(t => t.Weight));
        Assert.Equal(C, first.EliminatedId);
        Assert.Equal(EliminationTieBreak.None, first.TieBreak);
        Assert.Equal([new Transfer(B, 2m, 2)], first.Transfers);
        Assert.Equal([4m, 5m], result.Rounds[1].Totals.Select(t => t.Weight));
        Assert.Equal(B, result.Outcome.WinnerId);
        Assert.Equal("“B” won in round 2 with 5 of 9 continuing weight (55.56%).", result.Outcome.Explanation);
        Assert.Equal([4m, 3m, 2m], result.Options.Select(o => o.Weight));
    }

    [Fact]
    public void ShouldDecideByAMajorityOfTheContinuingBallotsOnceSomeAreExhausted()
    {
        // C's voters mostly rank nobody else: their ballots are exhausted and A wins with 5 of 9, not of 11.
        var result = Ranked(Options("A", "B", "C"), [.. Many(4, 1m, A), .. Many(4, 1m, B), .. Many(2, 1m, C), .. Many(1, 1m, C, A)]);

        var first = result.Rounds[0];
        Assert.Equal(C, first.EliminatedId);
        Assert.Equal([new Transfer(A, 1m, 1), new Transfer(null, 2m, 2)], first.Transfers);
        var second = result.Rounds[1];
        Assert.Equal([5m, 4m], second.Totals.Select(t => t.Weight));
        Assert.Equal(2m, second.ExhaustedWeight);
        Assert.Equal(2, second.ExhaustedBallots);
        Assert.Equal(A, result.Outcome.WinnerId);
        Assert.Equal("“A” won in round 2 with 5 of 9 continuing weight (55.56%).", result.Outcome.Explanation);
    }

    [Fact]
    public void ShouldBreakATieForEliminationByFirstRoundTotals()
    {
        // Round 2: B 6, C 6 (4 of its own and 2 from D). C had fewer first-round votes (4 < 6), so C goes, and B wins.
        var result = Ranked(Options("A", "B", "C", "D"),
            [.. Many(10, 1m, A), .. Many(6, 1m, B), .. Many(4, 1m, C, B), .. Many(2, 1m, D, C, B)]);

        Assert.Equal(D, result.Rounds[0].EliminatedId);
        var second = result.Rounds[1];
        Assert.Equal([10m, 6m, 6m], second.Totals.Select(t => t.Weight));
        Assert.Equal(C, second.EliminatedId);
        Assert.Equal(EliminationTieBreak.FirstRoundTotals, second.TieBreak);
        Assert.Equal([new Transfer(B, 6m, 6)], second.Transfers);
        Assert.Equal(B, result.Outcome.WinnerId);
        Assert.Equal(3, result.Rounds[2].Number);
        Assert.Equal(12m, result.Rounds[2].WeightOf(B));
    }

    [Theory]
    // The lot, recomputed outside .NET (Python's hashlib): SHA-256("{seed}:1:{id}"), first 8 bytes big-endian, smallest goes.
    [InlineData("5eed0000000000000000000000000001", B, C)]
    [InlineData("5eed0000000000000000000000000002", C, B)]
    public void ShouldBreakATieOnFirstRoundTotalsByTheSeededLot(string seed, int eliminated, int winner)
    {
        // B and C are tied in the first round itself; each one's voters rank the other second.
        var result = Ranked(Options("A", "B", "C"), [.. Many(3, 1m, A), .. Many(2, 1m, B, C), .. Many(2, 1m, C, B)], seed: seed);

        Assert.Equal(eliminated, result.Rounds[0].EliminatedId);
        Assert.Equal(EliminationTieBreak.Lot, result.Rounds[0].TieBreak);
        Assert.Equal(winner, result.Outcome.WinnerId);
    }

    [Fact]
    public void ShouldReportTwoLastOptionsWithEqualWeightAsATie()
    {
        var result = Ranked(Options("A", "B", "C"), [.. Many(4, 1m, A), .. Many(3, 1m, B), .. Many(1, 1m, C, B)]);

        Assert.Equal(2, result.Rounds.Count);
        Assert.Equal(OutcomeKind.Tie, result.Outcome.Kind);
        Assert.Equal([A, B], result.Outcome.TiedIds);
        Assert.Equal("“A” and “B” are tied with 4 each.", result.Outcome.Explanation);
    }

    [Fact]
    public void ShouldGiveNoOutcomeWhenTheRunoffWinnerCarriesLessThanTheMinimum()
    {
        var result = Ranked(Options("A", "B", "C"), [.. Many(4, 1m, A), .. Many(3, 1m, B, C), .. Many(2, 1m, C, B)], Runoff with { MinimumWeight = 6m });

        Assert.Equal(OutcomeKind.NoOutcome, result.Outcome.Kind);
        Assert.Equal("“B” carried 5, below the minimum participation of 6.", result.Outcome.Explanation);
    }

    [Fact]
    public void ShouldCountWeightsNotBallots()
    {
        // One large holder outweighs three small ones in the first round.
        var result = Ranked(Options("A", "B"), [.. Many(1, 12_345.678m, A), .. Many(3, 4_000m, B)]);

        Assert.Single(result.Rounds);
        Assert.Equal(A, result.Outcome.WinnerId);
        Assert.Equal(new Turnout(4, 24_345.678m), result.Turnout);
    }

    [Fact]
    public void ShouldLeaveAbstainOnlyBallotsOutOfTheRoundsButInTheTurnout()
    {
        var options = Options("A", "B", "Abstain");

        var result = Ranked(options, [.. Many(2, 1m, A), .. Many(1, 1m, B), .. Many(5, 1m, 3)]);

        Assert.Equal(new Turnout(8, 8m), result.Turnout);
        Assert.Equal(0m, result.Rounds[0].ExhaustedWeight);
        Assert.Equal(A, result.Outcome.WinnerId);
    }
}
