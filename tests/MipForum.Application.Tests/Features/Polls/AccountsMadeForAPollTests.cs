using MipForum.Application.Features.Polls;

namespace MipForum.Application.Tests.Features.Polls;

/// <summary>
/// One member one vote counts the members who were there when the poll opened: accounts made afterwards may vote, are
/// told first that their ballot carries 0, and cannot tip the outcome or swell the turnout.
/// </summary>
public sealed class AccountsMadeForAPollTests
{
    private const int Yes = 1, No = 2;

    [Fact]
    public async Task ShouldGiveBallotsOfAccountsMadeAfterTheOpeningWeightZeroAndSaySo()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var poll = await world.BinaryAsync();
        world.Host.Time.Advance(TimeSpan.FromHours(1));
        var throwaways = await world.MembersAsync("sock.one", "sock.two", "sock.three");

        Assert.StartsWith("You joined after this poll was announced", (await world.Host.SendAsync(new GetPollQuery(poll.Id), throwaways[0]))!.VoteNote, StringComparison.Ordinal);
        Assert.Null((await world.Host.SendAsync(new GetPollQuery(poll.Id), world.Forum.Author))!.VoteNote);
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), world.Forum.Author);
        foreach (var sock in throwaways)
        {
            Assert.Equal(0m, (await world.Host.SendAsync(new CastBallotCommand(poll.Id, [No]), sock)).Weight);
        }

        var live = (await world.Host.SendAsync(new GetPollQuery(poll.Id), world.Forum.Author))!.Results!;
        Assert.Equal([1m, 0m], live.Options.Take(2).Select(o => o.Weight));
        Assert.Equal([1, 3], live.Options.Take(2).Select(o => o.Ballots));

        await world.CloseAsync();

        var closed = (await world.Host.SendAsync(new GetPollQuery(poll.Id)))!.Results!;
        Assert.Equal(Yes, closed.Outcome.WinnerId);
        Assert.Equal((4, 1m), (closed.Turnout.Ballots, closed.Turnout.Weight));

        // The members there at the opening (the fixture's two, the facilitator, the admin), not the three made after it.
        Assert.Equal(4m, closed.EligibleTotal);
    }

    [Fact]
    public async Task ShouldCountFromTheAnnouncementNotTheOpeningWhenThePollOpensLater()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var poll = await world.Host.SendAsync(new CreatePollCommand(world.Forum.ThreadId, Domain.Polls.PollType.Binary, "Ratify next week?", null,
            world.Host.Time.Now.AddDays(3), OpensAt: world.Host.Time.Now.AddDays(1)), world.Facilitator);
        world.Host.Time.Advance(TimeSpan.FromHours(2));
        var madeMeanwhile = await world.Host.MemberAsync("sock.early");
        world.Host.Time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0m, (await world.Host.SendAsync(new CastBallotCommand(poll.Id, [No]), madeMeanwhile)).Weight);
        Assert.Equal(1m, (await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), world.Forum.Author)).Weight);
    }
}
