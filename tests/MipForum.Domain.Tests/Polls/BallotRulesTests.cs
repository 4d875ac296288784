using MipForum.Domain.Common;
using MipForum.Domain.Polls;
using static MipForum.Domain.Tests.Polls.Ballots;

namespace MipForum.Domain.Tests.Polls;

/// <summary>What a ballot may choose, with the message a voter reads when it may not.</summary>
public sealed class BallotRulesTests
{
    private static readonly List<TallyOption> Choices = Options("Offboard", "Keep", "Middle ground", "Abstain");

    [Fact]
    public void ShouldAcceptARankingOfSomeOptions() => BallotRules.Check(PollType.Ranked, Choices, [3, 1]);

    [Fact]
    public void ShouldRefuseARankingThatNamesAnOptionTwice()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => BallotRules.Check(PollType.Ranked, Choices, [1, 2, 1]));

        Assert.Equal("“Offboard” is ranked twice; a ranking names each option once.", refusal.Message);
    }

    [Fact]
    public void ShouldRefuseAnOptionOfAnotherPoll()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => BallotRules.Check(PollType.Ranked, Choices, [1, 99]));

        Assert.Equal("99 is not one of this poll's options.", refusal.Message);
    }

    [Theory]
    [InlineData(PollType.Binary)]
    [InlineData(PollType.Single)]
    public void ShouldRefuseTwoChoicesWhereOneIsAsked(PollType type) =>
        Assert.Equal("Choose one option.", Assert.Throws<DomainRuleException>(() => BallotRules.Check(type, Choices, [1, 2])).Message);

    [Fact]
    public void ShouldRefuseAbstainNextToAnApproval() =>
        Assert.Equal("Abstain cannot be combined with other choices.",
            Assert.Throws<DomainRuleException>(() => BallotRules.Check(PollType.Approval, Choices, [1, 4])).Message);

    [Fact]
    public void ShouldRefuseAnEmptyBallot() =>
        Assert.Equal("Choose an option.", Assert.Throws<DomainRuleException>(() => BallotRules.Check(PollType.Approval, Choices, [])).Message);
}
