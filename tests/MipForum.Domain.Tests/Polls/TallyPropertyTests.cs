using CsCheck;
using MipForum.Domain.Polls;

namespace MipForum.Domain.Tests.Polls;

/// <summary>Over random weighted ballots: the totals are the sum of the ballots, and the order of the ballots changes nothing.</summary>
public sealed class TallyPropertyTests
{
    private static readonly List<TallyOption> Five = Ballots.Options("A", "B", "C", "D", "E");

    // A ranking of some or all of the five options (duplicates dropped, as the ballot rules would refuse them), and a weight
    // with up to three decimals, zero included (a member who joined after the snapshot).
    private static readonly Gen<CountedBallot> Ballot = Gen.Select(
        Gen.Int[1, 5].Array[1, 5].Select(choices => choices.Distinct().ToArray()),
        Gen.Int[0, 2_000_000].Select(thousandths => thousandths / 1000m),
        (choices, weight) => new CountedBallot(choices, weight));

    private static readonly Gen<CountedBallot[]> SomeBallots = Ballot.Array[0, 120];

    [Fact]
    public void ShouldMakeEveryRunoffRoundAddUpToTheWeightCast() =>
        SomeBallots.Sample(ballots =>
        {
            var result = PollTally.Count(PollType.Ranked, new OutcomeRule(OutcomeRuleKind.InstantRunoff), Five, ballots, "seed");
            var cast = ballots.Sum(b => b.Weight);

            Assert.Equal(cast, result.Turnout.Weight);
            Assert.Equal(cast, result.Options.Sum(o => o.Weight));
            Assert.All(result.Rounds, round => Assert.Equal(cast, round.Totals.Sum(t => t.Weight) + round.ExhaustedWeight));
            Assert.All(result.Rounds, round => Assert.Equal(ballots.Length, round.Totals.Sum(t => t.Ballots) + round.ExhaustedBallots));
            if (result.Outcome.WinnerId is { } winner)
            {
                var last = result.Rounds[^1];
                Assert.True(last.Totals.Single(t => t.OptionId == winner).Weight * 2m > last.Totals.Sum(t => t.Weight));
            }
        }, iter: 300);

    [Fact]
    public void ShouldGiveTheSameRunoffWhateverTheOrderOfTheBallots() =>
        Gen.Select(SomeBallots, Gen.Int).Sample((ballots, shuffleSeed) =>
        {
            var shuffled = ballots.OrderBy(_ => 0).ToArray();
            new Random(shuffleSeed).Shuffle(shuffled);
            var rule = new OutcomeRule(OutcomeRuleKind.InstantRunoff);

            Assert.Equal(Describe(PollTally.Count(PollType.Ranked, rule, Five, ballots, "seed")),
                Describe(PollTally.Count(PollType.Ranked, rule, Five, shuffled, "seed")));
        }, iter: 300);

    [Fact]
    public void ShouldGiveEachApprovedOptionTheSumOfTheBallotsThatApproveIt() =>
        SomeBallots.Sample(ballots =>
        {
            var result = PollTally.Count(PollType.Approval, new OutcomeRule(OutcomeRuleKind.Approval), Five, ballots, "seed");

            Assert.All(result.Options, option =>
            {
                Assert.Equal(ballots.Where(b => b.Choices.Contains(option.OptionId)).Sum(b => b.Weight), option.Weight);
                Assert.Equal(ballots.Count(b => b.Choices.Contains(option.OptionId)), option.Ballots);
            });
        }, iter: 300);

    private static string Describe(PollResult result) =>
        string.Join(" | ", result.Rounds.Select(r =>
            $"{r.Number}: {string.Join(",", r.Totals.Select(t => $"{t.OptionId}={t.Weight}/{t.Ballots}"))} x{r.ExhaustedWeight} -{r.EliminatedId} {r.TieBreak} "
            + string.Join(",", r.Transfers.Select(t => $"{t.ToOptionId}:{t.Weight}/{t.Ballots}"))))
        + $" => {result.Outcome.Kind} {result.Outcome.WinnerId} [{string.Join(",", result.Outcome.TiedIds)}] {result.Outcome.Explanation}";
}
