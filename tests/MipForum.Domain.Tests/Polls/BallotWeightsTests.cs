using MipForum.Domain.Common;
using MipForum.Domain.Polls;
using static MipForum.Domain.Tests.TestData;

namespace MipForum.Domain.Tests.Polls;

/// <summary>Snapshot weights with public, one-level delegation, as they stand at the close.</summary>
public sealed class BallotWeightsTests
{
    private static readonly Domain.Members.Member Whale = Member("whale", 1), Delegate = Member("delegate", 2), Small = Member("small", 3), Late = Member("late", 4), Other = Member("other", 5);

    private static readonly Dictionary<int, decimal> Snapshot = new() { [1] = 10_000.5m, [2] = 100m, [3] = 0.25m, [5] = 40m };

    private static Dictionary<int, decimal> At(DateTimeOffset moment, int[] voters, params Delegation[] delegations) =>
        BallotWeights.At(moment, PollWeighting.Snapshot, voters, Snapshot, delegations);

    [Fact]
    public void ShouldGiveADelegateTheirOwnWeightPlusEverythingDelegatedToThem()
    {
        var weights = At(Now, [2, 5], Delegation.Start(Whale, Delegate, null, Now), Delegation.Start(Small, Delegate, null, Now));

        Assert.Equal(10_100.75m, weights[2]);
        Assert.Equal(40m, weights[5]);
    }

    [Fact]
    public void ShouldLetADelegatorWhoVotesOverrideTheirDelegationForThatPollOnly()
    {
        var weights = At(Now, [1, 2], Delegation.Start(Whale, Delegate, null, Now));

        Assert.Equal(10_000.5m, weights[1]);
        Assert.Equal(100m, weights[2]);
    }

    [Fact]
    public void ShouldNotCountADelegationThatExpiredBeforeTheClose()
    {
        var delegation = Delegation.Start(Whale, Delegate, Now.AddDays(1), Now);

        Assert.Equal(10_100.5m, At(Now.AddHours(23), [2], delegation)[2]);
        Assert.Equal(100m, At(Now.AddDays(1), [2], delegation)[2]);
    }

    [Fact]
    public void ShouldCountTheDelegationAsItStandsAtTheCloseWhenItChangedWhileThePollWasOpen()
    {
        var delegation = Delegation.Start(Whale, Delegate, null, Now);
        delegation.ChangeTo(Other, null, Now.AddHours(1));

        var weights = At(Now.AddDays(3), [2, 5], delegation);

        Assert.Equal(100m, weights[2]);
        Assert.Equal(10_040.5m, weights[5]);
    }

    [Fact]
    public void ShouldPassNothingOnBeyondOneLevel()
    {
        // Small delegates to the whale, who delegates to the delegate: only the whale's own weight reaches the delegate.
        var weights = At(Now, [2], Delegation.Start(Small, Whale, null, Now), Delegation.Start(Whale, Delegate, null, Now));

        Assert.Equal(10_100.5m, weights[2]);
    }

    [Fact]
    public void ShouldGiveAMemberMissingFromTheSnapshotWeightZero() => Assert.Equal(0m, At(Now, [4])[4]);

    [Fact]
    public void ShouldGiveEveryBallotOneInAOneMemberOneVotePoll() =>
        Assert.Equal([1m, 1m], BallotWeights.At(Now, PollWeighting.Member, [1, 3], Snapshot, [Delegation.Start(Small, Whale, null, Now)]).Values);

    [Fact]
    public void ShouldGiveZeroInAOneMemberOneVotePollToAMemberWhoJoinedAfterItWasAnnounced() =>
        Assert.Equal([1m, 0m], BallotWeights.At(Now, PollWeighting.Member, [1, 3], Snapshot, [], joinedAfterAnnouncement: new HashSet<int> { 3 }).Values);

    [Fact]
    public void ShouldRefuseADelegationToOneself() =>
        Assert.Equal("You cannot delegate to yourself.", Assert.Throws<DomainRuleException>(() => Delegation.Start(Whale, Whale, null, Now)).Message);

    [Fact]
    public void ShouldRefuseAnExpiryInThePast() =>
        Assert.StartsWith("The expiry date has passed", Assert.Throws<DomainRuleException>(() => Delegation.Start(Whale, Delegate, Now.AddDays(-1), Now)).Message, StringComparison.Ordinal);
}
