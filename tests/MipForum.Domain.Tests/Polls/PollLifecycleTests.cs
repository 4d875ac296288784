using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Polls;
using static MipForum.Domain.Tests.TestData;

namespace MipForum.Domain.Tests.Polls;

/// <summary>A poll from creation to its one count: what it accepts, when, and that nothing changes after the close.</summary>
public sealed class PollLifecycleTests
{
    private static readonly DateTimeOffset Closes = Now.AddDays(3);
    private readonly ForumThread _thread = ForumThread.Start(Category(), "Offboarding the RWF-001 facilitator", Member("govalpha", 1), Body(), Now);

    private static PollDefinition Binary(DateTimeOffset? opensAt = null) =>
        new("Ratify MIP41c5-SP2?", PollType.Binary, [], new OutcomeRule(OutcomeRuleKind.Majority), opensAt, Closes, ResultsVisibility.Live, PollWeighting.Member);

    private Poll Open(PollDefinition? definition = null) => Poll.Create(_thread, Member("govalpha", 1), definition ?? Binary(), null, 5, "seed", Now);

    [Fact]
    public void ShouldGiveABinaryPollYesNoAndAbstain()
    {
        var poll = Open();

        Assert.Equal(["Yes", "No", "Abstain"], poll.Options.Select(o => o.Text));
        Assert.True(poll.Options[^1].IsAbstain);
        Assert.Equal(PollState.Open, poll.StateAt(Now));
    }

    [Theory]
    [InlineData(1, "A poll has 2 to 5 options.")]
    [InlineData(6, "A poll has 2 to 5 options.")]
    public void ShouldKeepTheNumberOfOptionsWithinTheConfiguredCap(int count, string message)
    {
        var definition = Binary() with { Type = PollType.Single, Rule = new OutcomeRule(OutcomeRuleKind.Plurality), Options = [.. Enumerable.Range(1, count).Select(i => $"Option {i}")] };

        Assert.Equal(message, Assert.Throws<DomainRuleException>(() => Open(definition)).Message);
    }

    [Fact]
    public void ShouldRefuseTheSameOptionTwiceWhateverItsCase()
    {
        var definition = Binary() with { Type = PollType.Single, Rule = new OutcomeRule(OutcomeRuleKind.Plurality), Options = ["Offboard", "Keep", "offboard "] };

        Assert.Equal("“Offboard” is an option twice (“offboard” looks the same).", Assert.Throws<DomainRuleException>(() => Open(definition)).Message);
    }

    [Theory]
    [InlineData("café", "cafe\u0301")] // composed and decomposed
    [InlineData("Yes", "Ye\u00ads")] // a soft hyphen
    [InlineData("Yes", "Ｙｅｓ")] // full-width
    [InlineData("Keep", "K\u0435\u0435p")] // Cyrillic е
    public void ShouldRefuseOptionsThatLookTheSame(string first, string second)
    {
        var definition = Binary() with { Type = PollType.Single, Rule = new OutcomeRule(OutcomeRuleKind.Plurality), Options = [first, "Something else", second] };

        Assert.StartsWith($"“{first}” is an option twice", Assert.Throws<DomainRuleException>(() => Open(definition)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldRefuseALookAlikeAbstainThatWouldCountForTheOutcome()
    {
        var definition = Binary() with { Type = PollType.Single, Rule = new OutcomeRule(OutcomeRuleKind.Plurality), Options = ["Offboard", "Abst\u0430in"] };

        Assert.StartsWith("Offer Abstain with its own switch", Assert.Throws<DomainRuleException>(() => Open(definition)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldRefuseAPollThatClosesBeforeItCouldRun()
    {
        var definition = Binary() with { ClosesAt = Now.AddMinutes(2) };

        Assert.Equal("A poll closes at least 5 minutes after it opens.", Assert.Throws<DomainRuleException>(() => Open(definition)).Message);
    }

    [Fact]
    public void ShouldRefuseAWeightedPollWithoutASnapshot()
    {
        var definition = Binary() with { Weighting = PollWeighting.Snapshot };

        Assert.StartsWith("A weighted poll needs a weight snapshot", Assert.Throws<DomainRuleException>(() => Open(definition)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldRefuseAPollInALockedThread()
    {
        _thread.Lock();

        Assert.Equal("This thread is locked; a poll cannot be opened in it.", Assert.Throws<DomainRuleException>(() => Open()).Message);
    }

    [Fact]
    public void ShouldKeepOneBallotPerMemberWhichTheyMayChangeOrWithdrawWhileOpen()
    {
        var poll = Open();
        var voter = Member("tkdev", 7);
        var (yes, no) = (poll.Options[0], poll.Options[1]);

        poll.Cast(voter, [yes.Number], Now.AddHours(1));
        poll.Cast(voter, [no.Number], Now.AddHours(2));

        var ballot = Assert.Single(poll.Ballots);
        Assert.Equal([no.Number], ballot.Choices);
        Assert.Equal(Now.AddHours(2), ballot.CastAt);
        poll.Withdraw(voter, Now.AddHours(3));
        Assert.Empty(poll.Ballots);
        Assert.Equal("You have no ballot in this poll to withdraw.", Assert.Throws<DomainRuleException>(() => poll.Withdraw(voter, Now.AddHours(4))).Message);
    }

    [Fact]
    public void ShouldTakeNoBallotBeforeItOpens()
    {
        var poll = Open(Binary(opensAt: Now.AddDays(1)));

        Assert.Equal(PollState.Scheduled, poll.StateAt(Now));
        Assert.False(poll.ShowsResultsAt(Now));
        Assert.StartsWith("This poll opens on", Assert.Throws<DomainRuleException>(() => poll.Cast(Member("tkdev", 7), [poll.Options[0].Number], Now)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldCountOnceAtTheCloseAndRefuseEveryChangeAfterwards()
    {
        var poll = Open();
        var (first, second) = (Member("tkdev", 7), Member("funmi.o", 8));
        poll.Cast(first, [poll.Options[0].Number], Now.AddHours(1));
        poll.Cast(second, [poll.Options[1].Number], Now.AddHours(1));

        Assert.Throws<PollClosedException>(() => poll.Cast(first, [poll.Options[1].Number], Closes));
        Assert.StartsWith("This poll closes on", Assert.Throws<DomainRuleException>(() => poll.Close(new Dictionary<int, decimal>(), 2m, Closes.AddSeconds(-1))).Message, StringComparison.Ordinal);
        var result = poll.Close(new Dictionary<int, decimal> { [7] = 1m, [8] = 1m }, 8m, Closes.AddMinutes(1));

        Assert.Equal(PollState.Closed, poll.StateAt(Closes.AddMinutes(1)));
        Assert.Equal(OutcomeKind.NoOutcome, result.Outcome.Kind);
        Assert.Same(result, poll.Result);
        Assert.All(poll.Ballots, b => Assert.Equal(1m, b.Weight));
        Assert.Throws<PollClosedException>(() => poll.Close(new Dictionary<int, decimal>(), 2m, Closes.AddMinutes(2)));
        Assert.Throws<PollClosedException>(() => poll.Withdraw(first, Closes.AddMinutes(2)));
    }

    [Fact]
    public void ShouldShowResultsOnlyAfterTheCloseWhenTheCreatorSaidSo()
    {
        var poll = Open(Binary() with { Visibility = ResultsVisibility.AfterClose });

        Assert.False(poll.ShowsResultsAt(Now.AddHours(1)));
        poll.Close(new Dictionary<int, decimal>(), 0m, Closes);
        Assert.True(poll.ShowsResultsAt(Closes));
    }
}
