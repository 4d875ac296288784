using MipForum.Domain.Common;
using MipForum.Domain.Polls;
using static MipForum.Domain.Tests.Polls.Ballots;

namespace MipForum.Domain.Tests.Polls;

/// <summary>Binary, single-choice and approval polls counted by hand: plurality, majority, approval, minimum participation.</summary>
public sealed class SingleChoiceAndApprovalTallyTests
{
    private const int Yes = 1, No = 2, Abstain = 3;
    private static readonly List<TallyOption> Binary = Options("Yes", "No", "Abstain");
    private static readonly OutcomeRule Majority = new(OutcomeRuleKind.Majority);

    [Fact]
    public void ShouldGiveABinaryPollToYesAboveHalfOfTheNonAbstainingWeightWhateverTheAbstentions()
    {
        var result = Count(PollType.Binary, Majority, Binary, [.. Many(3, 20m, Yes), .. Many(2, 20m, No), .. Many(1, 100m, Abstain)]);

        Assert.Equal(OutcomeKind.Winner, result.Outcome.Kind);
        Assert.Equal(Yes, result.Outcome.WinnerId);
        Assert.Equal("“Yes” carried 60% of the non-abstaining weight, above 50%.", result.Outcome.Explanation);
        Assert.Equal(new Turnout(6, 200m), result.Turnout);
        Assert.Equal(100m, result.WeightOf(Abstain));
        Assert.Equal(3, result.Options.Single(o => o.OptionId == Yes).Ballots);
    }

    [Fact]
    public void ShouldGiveNoOutcomeAtExactlyHalfBecauseTheShareMustBeExceeded()
    {
        var result = Count(PollType.Binary, Majority, Binary, [.. Many(1, 0.1m, Yes), .. Many(1, 0.2m, Yes), .. Many(1, 0.3m, No)]);

        // 0.1 + 0.2 is exactly 0.3 in decimal: half, not more than half.
        Assert.Equal(0.3m, result.WeightOf(Yes));
        Assert.Equal(OutcomeKind.NoOutcome, result.Outcome.Kind);
        Assert.Equal("No option carried more than 50% of the non-abstaining weight; the most was “Yes” with 50%.", result.Outcome.Explanation);
    }

    [Fact]
    public void ShouldGiveNoOutcomeWhenYesWinsButCarriesLessThanTheMinimumPositiveParticipation()
    {
        var rule = Majority with { MinimumWeight = 10_000m };

        var result = Count(PollType.Binary, rule, Binary, [.. Many(1, 8_000m, Yes), .. Many(1, 2_000m, No)]);

        Assert.Equal(OutcomeKind.NoOutcome, result.Outcome.Kind);
        Assert.Null(result.Outcome.WinnerId);
        Assert.Equal("“Yes” carried 8,000, below the minimum participation of 10,000.", result.Outcome.Explanation);
        Assert.Equal(OutcomeKind.Winner, Count(PollType.Binary, rule, Binary, [.. Many(1, 10_000m, Yes), .. Many(1, 2_000m, No)]).Outcome.Kind);
    }

    [Fact]
    public void ShouldHonourAStatedShareAboveHalf()
    {
        var twoThirds = Majority with { Share = 2m / 3m };

        Assert.Equal(OutcomeKind.NoOutcome, Count(PollType.Binary, twoThirds, Binary, [.. Many(6, 1m, Yes), .. Many(4, 1m, No)]).Outcome.Kind);
        Assert.Equal(Yes, Count(PollType.Binary, twoThirds, Binary, [.. Many(7, 1m, Yes), .. Many(3, 1m, No)]).Outcome.WinnerId);
    }

    [Fact]
    public void ShouldReportATieForTheWinUnderPluralityNeverBreakIt()
    {
        var options = Options("Offboard", "Keep", "Middle ground");

        var result = Count(PollType.Single, new OutcomeRule(OutcomeRuleKind.Plurality), options, [.. Many(3, 1m, 1), .. Many(5, 1m, 2), .. Many(5, 1m, 3)]);

        Assert.Equal(OutcomeKind.Tie, result.Outcome.Kind);
        Assert.Null(result.Outcome.WinnerId);
        Assert.Equal([2, 3], result.Outcome.TiedIds);
        Assert.Equal("“Keep” and “Middle ground” are tied with 5 each.", result.Outcome.Explanation);
    }

    [Fact]
    public void ShouldGiveEachApprovedOptionTheBallotsWholeWeight()
    {
        var options = Options("A", "B", "C");

        var result = Count(PollType.Approval, new OutcomeRule(OutcomeRuleKind.Approval), options, [.. Many(1, 2m, 1, 2), .. Many(1, 1m, 2), .. Many(1, 2m, 3)]);

        Assert.Equal([2m, 3m, 2m], result.Options.Select(o => o.Weight));
        Assert.Equal(new Turnout(3, 5m), result.Turnout);
        Assert.Equal(2, result.Outcome.WinnerId);
        Assert.Equal("“B” carried 3, the most of any option.", result.Outcome.Explanation);
    }

    [Fact]
    public void ShouldSayNoBallotsWereCastForAnEmptyPoll()
    {
        var result = Count(PollType.Binary, Majority, Binary, []);

        Assert.Equal(OutcomeKind.NoOutcome, result.Outcome.Kind);
        Assert.Equal("No ballots were cast.", result.Outcome.Explanation);
    }

    [Fact]
    public void ShouldSayNoWeightWasCastWhenOnlyAbstainersAndWeightlessBallotsTookPart()
    {
        var result = Count(PollType.Binary, Majority, Binary, [.. Many(2, 5m, Abstain), .. Many(1, 0m, Yes)]);

        Assert.Equal(OutcomeKind.NoOutcome, result.Outcome.Kind);
        Assert.Equal("No weight was cast for any option.", result.Outcome.Explanation);
        Assert.Equal(new Turnout(3, 10m), result.Turnout);
    }

    [Theory]
    [InlineData(PollType.Binary, OutcomeRuleKind.InstantRunoff)]
    [InlineData(PollType.Ranked, OutcomeRuleKind.Plurality)]
    [InlineData(PollType.Approval, OutcomeRuleKind.Majority)]
    public void ShouldRefuseARuleThatCannotJudgeThePollsType(PollType type, OutcomeRuleKind kind)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => new OutcomeRule(kind).EnsureFits(type));

        Assert.Contains("cannot be decided by", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void ShouldRefuseAShareThatIsNotBetweenNoneAndAll(int share)
    {
        Assert.Throws<DomainRuleException>(() => new OutcomeRule(OutcomeRuleKind.Majority, share).EnsureFits(PollType.Binary));
    }

    [Fact]
    public void ShouldDescribeTheRuleBeforeAnyoneVotes()
    {
        Assert.Equal("More than 50% of the non-abstaining weight wins, if it carries at least 10,000.",
            new OutcomeRule(OutcomeRuleKind.Majority, MinimumWeight: 10_000m).Describe());
    }
}
