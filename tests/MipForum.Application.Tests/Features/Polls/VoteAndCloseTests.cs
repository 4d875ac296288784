using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Polls;
using MipForum.Domain.Common;
using MipForum.Domain.Polls;

namespace MipForum.Application.Tests.Features.Polls;

/// <summary>Casting, changing and withdrawing ballots, and the one count at the close.</summary>
public sealed class VoteAndCloseTests
{
    private const int Yes = 1, No = 2, Abstain = 3;

    [Fact]
    public async Task ShouldCountOneBallotPerMemberLiveAndOnceAtTheCloseThenRefuseChanges()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var poll = await world.BinaryAsync();
        var (amelie, sato) = (world.Forum.Author, world.Forum.Other);
        var (tk, funmi) = (await world.Host.MemberAsync("tkdev"), await world.Host.MemberAsync("funmi.o"));

        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [No]), amelie);
        var changed = await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), amelie);
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), sato);
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [No]), tk);
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Abstain]), funmi);
        await world.Host.SendAsync(new WithdrawBallotCommand(poll.Id), funmi);

        Assert.Equal([Yes], changed.Choices);
        Assert.Equal(1m, changed.Weight);
        var live = (await world.Host.SendAsync(new GetPollQuery(poll.Id), amelie))!;
        Assert.False(live.Results!.IsFinal);
        Assert.Equal([2m, 1m, 0m], live.Results.Options.Select(o => o.Weight));
        Assert.Equal([Yes], live.MyBallot!.Choices);
        Assert.True(live.CanVote);

        Assert.Equal(1, await world.CloseAsync());
        Assert.Equal(0, await world.Host.SendAsSystemAsync(new CloseDuePollsCommand()));

        var closed = (await world.Host.SendAsync(new GetPollQuery(poll.Id), amelie))!;
        Assert.Equal(PollState.Closed, closed.State);
        Assert.True(closed.Results!.IsFinal);
        Assert.Equal(Yes, closed.Results.Outcome.WinnerId);
        Assert.Equal("“Yes” carried 66.67% of the non-abstaining weight, above 50%.", closed.Results.Outcome.Explanation);
        Assert.Equal(new Turnout(3, 3m), closed.Results.Turnout);
        Assert.False(closed.CanVote);
        var stored = await world.StoredAsync(poll.Id);
        Assert.All(stored.Ballots, b => Assert.Equal(1m, b.Weight));
        Assert.NotNull(stored.Result);

        await Assert.ThrowsAsync<PollClosedException>(() => world.Host.SendAsync(new CastBallotCommand(poll.Id, [No]), amelie));
        await Assert.ThrowsAsync<PollClosedException>(() => world.Host.SendAsync(new WithdrawBallotCommand(poll.Id), sato));
        Assert.Equal([Yes], (await world.StoredAsync(poll.Id)).BallotOf(stored.Ballots.Single(b => b.VoterId == amelie).Voter)!.Choices);
    }

    [Fact]
    public async Task ShouldHideTotalsUntilTheCloseWhenTheCreatorSaidSo()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var poll = await world.Host.SendAsync(new CreatePollCommand(world.Forum.ThreadId, PollType.Binary, "Ratify?", null, world.ClosesAt, Visibility: ResultsVisibility.AfterClose), world.Facilitator);
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), world.Forum.Other);

        Assert.Null((await world.Host.SendAsync(new GetPollQuery(poll.Id)))!.Results);
        var mine = (await world.Host.SendAsync(new GetPollQuery(poll.Id), world.Forum.Other))!;
        Assert.Null(mine.Results);
        Assert.Equal(new[] { Yes }, mine.MyBallot!.Choices);
        Assert.Equal(1m, mine.MyBallot.Weight);
        await world.CloseAsync();
        Assert.NotNull((await world.Host.SendAsync(new GetPollQuery(poll.Id)))!.Results);
    }

    [Fact]
    public async Task ShouldRefuseARankingWithAnOptionTwiceAndAnUnknownOption()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var poll = await world.Host.SendAsync(new CreatePollCommand(world.Forum.ThreadId, PollType.Ranked, "Which offboarding path?",
            ["Offboard now", "Keep", "Middle ground"], world.ClosesAt), world.Facilitator);

        var twice = await Assert.ThrowsAsync<DomainRuleException>(() => world.Host.SendAsync(new CastBallotCommand(poll.Id, [1, 3, 1]), world.Forum.Other));
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => world.Host.SendAsync(new CastBallotCommand(poll.Id, [4]), world.Forum.Other));
        var empty = await Assert.ThrowsAsync<RequestValidationException>(() => world.Host.SendAsync(new CastBallotCommand(poll.Id, []), world.Forum.Other));

        Assert.Equal("“Offboard now” is ranked twice; a ranking names each option once.", twice.Message);
        Assert.Equal("4 is not one of this poll's options.", unknown.Message);
        Assert.Equal(["Choose an option."], empty.Errors["choices"]);
        Assert.Empty((await world.StoredAsync(poll.Id)).Ballots);
    }

    [Fact]
    public async Task ShouldRefuseBallotsFromSilencedAndSuspendedMembersAndAnonymousReaders()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var poll = await world.BinaryAsync();
        var moderator = await world.Host.MemberAsync("lena.v", Domain.Members.MemberRoles.Moderator);
        var suspended = await world.Host.MemberAsync("tkdev");
        await world.Host.SendAsync(new SanctionMemberCommand("sato-k", false, world.Host.Time.Now.AddDays(1), "Cooling off"), moderator);
        await world.Host.SendAsync(new SanctionMemberCommand("tkdev", true, world.Host.Time.Now.AddDays(1), "Spam"), moderator);

        await Assert.ThrowsAnyAsync<DomainRuleException>(() => world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), world.Forum.Other));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), suspended));
        await Assert.ThrowsAsync<NotSignedInException>(() => world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes])));
        Assert.False((await world.Host.SendAsync(new GetPollQuery(poll.Id), world.Forum.Other))!.CanVote);
        Assert.Empty((await world.StoredAsync(poll.Id)).Ballots);
    }

    [Fact]
    public async Task ShouldKeepEveryBallotWhenManyMembersVoteAtOnce()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var poll = await world.BinaryAsync();
        var voters = await world.MembersAsync([.. Enumerable.Range(1, 16).Select(i => $"voter{i}")]);

        await Task.WhenAll(voters.Select((voter, i) => world.Host.SendAsync(new CastBallotCommand(poll.Id, [i % 2 == 0 ? Yes : No]), voter)));

        var stored = await world.StoredAsync(poll.Id);
        Assert.Equal(16, stored.Ballots.Count);
        Assert.Equal(16, stored.BallotChanges);
    }

    [Fact]
    public async Task ShouldPublishTheBallotsOnlyAfterTheClose()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var poll = await world.BinaryAsync();
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [No]), world.Forum.Other);
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), world.Forum.Author);

        Assert.Equal("The ballots are published when the poll closes.",
            (await Assert.ThrowsAsync<DomainRuleException>(() => world.Host.SendAsync(new GetPollBallotsQuery(poll.Id)))).Message);
        await world.CloseAsync();
        var csv = (await world.Host.SendAsync(new GetPollBallotsQuery(poll.Id)))!.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("# poll ", csv[0], StringComparison.Ordinal);
        Assert.Equal("# options: 1=Yes; 2=No; 3=Abstain (abstain)", csv[1]);
        Assert.Equal("voter,choices,weight,castAt", csv[2]);
        Assert.Equal(["amelie.r,1,1,2026-11-26T12:00:00Z", "sato-k,2,1,2026-11-26T12:00:00Z"], csv[3..]);
    }
}
