using System.Globalization;
using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>
/// The facilitator of the offboarding subproposal opens a binary signal poll on its thread; two members vote in two
/// browsers and each sees the other's ballot arrive in the chart without reloading; the poll closes (the clock is moved
/// past its close, the worker counts it) and the proposal's page shows the outcome.
/// </summary>
public sealed class SignalPollJourney(ForumServer server) : IClassFixture<ForumServer>
{
    private const string Question = "Should RWF-001's Facilitator be offboarded now?";

    private static ILocator Bar(IPage page, string option) =>
        page.Locator(".poll-card .poll-bar", new() { Has = page.Locator(".poll-bar__label", new() { HasTextString = option }) }).Locator(".poll-bar__figures");

    private static async Task OpenAndWaitForThePollAsync(BrowserPage tab, string userName, string threadUrl)
    {
        await tab.SignInAsync(userName);
        await tab.Page.GotoAsync(threadUrl);
        await tab.Page.Locator(".poll-card[data-ready=true]").WaitForAsync();
    }

    private static async Task VoteAsync(IPage page, string option)
    {
        var card = page.Locator(".poll-card");
        await card.GetByLabel(option, new() { Exact = true }).CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Vote" }).ClickAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Change my vote" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ShouldRunABinaryPollOnAProposalsThreadWithLiveChartsAndShowTheOutcomeOnTheProposal()
    {
        await using var facilitator = await BrowserPage.OpenAsync(server);
        await using var tabA = await BrowserPage.OpenAsync(server);
        await using var tabB = await BrowserPage.OpenAsync(server, width: 390, height: 844);
        var f = facilitator.Page;

        // The subproposal's author opens the poll from its discussion thread.
        await facilitator.SignInAsync("moshe_f");
        await f.GotoAsync("/proposals/MIP41c5-SP2");
        await f.Locator(".side-section a", new() { HasText = "MIP41c5-SP2" }).ClickAsync();
        await f.WaitForURLAsync("**/t/mip41c5-sp2-facilitator-offboarding-rwf-001/*", new() { WaitUntil = WaitUntilState.Commit });
        var threadUrl = new Uri(f.Url).PathAndQuery;
        await f.GetByRole(AriaRole.Link, new() { Name = "New poll" }).ClickAsync();
        var closesAt = server.Clock.GetUtcNow().AddMinutes(30);
        await f.GetByLabel("Question").FillAsync(Question);
        await f.GetByLabel("Closes at, UTC").FillAsync(closesAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await facilitator.ScreenshotAsync("poll-1-new");
        await f.GetByRole(AriaRole.Button, new() { Name = "Open the poll" }).ClickAsync();
        await Assertions.Expect(f.Locator(".poll-card .poll-card__question")).ToHaveTextAsync(Question);
        await Assertions.Expect(f.Locator(".poll-card .poll-card__meta")).ToContainTextAsync("Open");

        // Two members vote; each one's chart takes the other's ballot live.
        await OpenAndWaitForThePollAsync(tabA, "tkdev", threadUrl);
        await OpenAndWaitForThePollAsync(tabB, "wei_chen", threadUrl);
        await VoteAsync(tabA.Page, "Yes");
        await Assertions.Expect(Bar(tabA.Page, "Yes")).ToContainTextAsync("1 ballot");
        await Assertions.Expect(Bar(tabB.Page, "Yes")).ToContainTextAsync("1 ballot");
        await VoteAsync(tabB.Page, "Yes");
        await Assertions.Expect(Bar(tabB.Page, "Yes")).ToContainTextAsync("2 ballots");
        await Assertions.Expect(Bar(tabA.Page, "Yes")).ToContainTextAsync("2 ballots");
        await Assertions.Expect(tabA.Page.Locator(".poll-results__turnout")).ToContainTextAsync("Turnout: 2 ballots");
        await tabA.ScreenshotAsync("poll-2-live", tabA.Page.Locator(".poll-card"));
        await tabB.ScreenshotAsync("poll-3-live-phone", tabB.Page.Locator(".poll-card"));

        // The close comes: the worker counts the poll once, the open cards say so, and voting is over.
        server.Clock.Advance(closesAt - server.Clock.GetUtcNow() + TimeSpan.FromSeconds(2));
        await Assertions.Expect(tabA.Page.Locator(".poll-card .poll-card__check")).ToContainTextAsync("download the ballots");
        await Assertions.Expect(tabA.Page.Locator(".poll-card").GetByRole(AriaRole.Button, new() { Name = "Change my vote" })).ToHaveCountAsync(0);
        await Assertions.Expect(tabB.Page.Locator(".poll-results__outcome")).ToContainTextAsync("Yes");

        // The proposal's page lists the poll with what it decided.
        await f.GotoAsync("/proposals/MIP41c5-SP2");
        var listed = f.Locator(".poll-list li", new() { HasText = Question });
        await Assertions.Expect(listed.Locator(".poll-list__outcome")).ToContainTextAsync("Yes");
        await Assertions.Expect(listed).ToContainTextAsync("2 ballots");
        await facilitator.ScreenshotAsync("poll-4-proposal-outcome");

        Assert.True(facilitator.Errors.Count == 0, string.Join(Environment.NewLine, facilitator.Errors));
        Assert.True(tabA.Errors.Count == 0, string.Join(Environment.NewLine, tabA.Errors));
        Assert.True(tabB.Errors.Count == 0, string.Join(Environment.NewLine, tabB.Errors));
    }
}
