using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Polls;
using MipForum.Domain.Polls;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Common;
using MipForum.Web.Components.Polls;

namespace MipForum.Web.Tests.Components;

/// <summary>The poll card island on the real application layer: voting, the results it shows, and what it refuses.</summary>
public sealed class PollCardTests : ForumComponentTestBase
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private async Task<int> MemberAsync(string userName) =>
        await Services.GetRequiredService<ForumDbContext>().Members.Where(m => m.UserName == userName).Select(m => m.Id).SingleAsync(Ct);

    private async Task<int> OpenPollAsync(PollType type, IReadOnlyList<string>? options = null)
    {
        Reader.MemberId = await MemberAsync("govalpha");
        var thread = await Services.GetRequiredService<ForumDbContext>().Threads.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(Ct);
        var created = await Services.GetRequiredService<ScopedSender>().Send(
            new CreatePollCommand(thread, type, "Ratify MIP41c5-SP2?", options, DateTimeOffset.UtcNow.AddDays(3)), Ct);
        return created.Id;
    }

    [Fact]
    public async Task ShouldCastABallotAndShowTheLiveTotalsWithTheirNumbersInText()
    {
        var poll = await OpenPollAsync(PollType.Binary);
        Reader.MemberId = await MemberAsync("amelie.r");
        var card = Render<PollCard>(p => p.Add(c => c.PollId, poll));
        card.WaitForAssertion(() => Assert.Equal("true", card.Find(".poll-card").GetAttribute("data-ready")));

        Assert.Contains("More than 50% of the non-abstaining weight wins.", card.Find(".poll-card__meta").TextContent, StringComparison.Ordinal);
        card.Find($"#poll-{poll}-option-1").Change(true);
        await card.Find(".poll-ballot").SubmitAsync();

        card.WaitForAssertion(() => Assert.Contains("Your vote is in.", card.Find("[role=status].muted").TextContent, StringComparison.Ordinal));
        var yes = card.FindAll(".poll-bar")[0];
        Assert.Contains("Yes", yes.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 ballot · 100%", yes.TextContent, StringComparison.Ordinal);
        Assert.Equal("Change my vote", card.Find(".poll-ballot button[type=submit]").TextContent);
    }

    [Fact]
    public async Task ShouldSayWhichRankIsGivenTwiceAndCastNothing()
    {
        var poll = await OpenPollAsync(PollType.Ranked, ["Offboard now", "Keep", "Middle ground"]);
        Reader.MemberId = await MemberAsync("sato-k");
        var card = Render<PollCard>(p => p.Add(c => c.PollId, poll));
        card.WaitForAssertion(() => Assert.Equal("true", card.Find(".poll-card").GetAttribute("data-ready")));

        card.Find($"#poll-{poll}-option-1").Change("1");
        card.Find($"#poll-{poll}-option-3").Change("1");
        await card.Find(".poll-ballot").SubmitAsync();

        card.WaitForAssertion(() => Assert.Contains("Two options have rank 1", card.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Empty(await Services.GetRequiredService<ForumDbContext>().Ballots.Where(b => b.PollId == poll).ToListAsync(Ct));
    }
}
