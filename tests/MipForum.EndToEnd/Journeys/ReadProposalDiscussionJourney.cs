using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>A newcomer opens the forum, finds the disputed subproposal, reads it and its discussion.</summary>
public sealed class ReadProposalDiscussionJourney(ForumServer server) : IClassFixture<ForumServer>
{
    [Fact]
    public async Task ShouldReachRenderedDiscussionWhenStartingFromLatest()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Latest threads");
        await Assertions.Expect(page.Locator(".thread-row")).ToHaveCountAsync(5);

        // From the thread list, the proposal chip leads to the subproposal itself.
        await page.Locator(".thread-row", new() { HasText = "Facilitator Offboarding (RWF-001)" }).Locator("a.proposal-chip").ClickAsync();
        await page.WaitForURLAsync("**/proposals/MIP41c5-SP2", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Facilitator Offboarding (RWF-001)");
        await Assertions.Expect(page.Locator("dl.facts .badge")).ToHaveTextAsync("RFC");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("MIP41c5");
        await tab.ScreenshotAsync("journey-1-proposal");

        // The proposal links to its discussion thread.
        await page.Locator(".side-section a", new() { HasText = "MIP41c5-SP2" }).ClickAsync();
        await page.WaitForURLAsync("**/t/mip41c5-sp2-facilitator-offboarding-rwf-001/*", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("MIP41c5-SP2: Facilitator Offboarding (RWF-001)");
        var posts = page.Locator("article.post");
        await Assertions.Expect(posts).ToHaveCountAsync(15);
        await Assertions.Expect(posts.First.Locator(".cooked h2, .cooked h3").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".post__reply-to").First).ToContainTextAsync("in reply to #");
        await Assertions.Expect(page.Locator(".cooked blockquote").First).ToBeVisibleAsync();
        await tab.ScreenshotAsync("journey-2-thread");

        // The forum extensions as readers see them: a Discourse quote linking back, mentions, a task list, a footnote.
        var quoting = posts.Nth(9);
        await Assertions.Expect(quoting.Locator("aside.quote .quote__title a")).ToHaveTextAsync("sato-k said:");
        await Assertions.Expect(quoting.Locator("a.mention").First).ToBeVisibleAsync();
        await tab.ScreenshotAsync("journey-3-quote", quoting);
        var summary = posts.Nth(14);
        await Assertions.Expect(summary.Locator("input[type=checkbox][disabled]")).ToHaveCountAsync(4);
        await Assertions.Expect(summary.Locator(".footnotes li")).ToHaveCountAsync(1);
        await tab.ScreenshotAsync("journey-4-summary", summary);

        // Following the quote's link lands on the quoted post.
        await quoting.Locator("aside.quote .quote__title a").ClickAsync();
        await page.WaitForURLAsync("**/t/mip41c5-sp2-facilitator-offboarding-rwf-001/*#post-7", new() { WaitUntil = WaitUntilState.Commit });

        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task ShouldReadComfortablyWhenOnAPhone()
    {
        await using var tab = await BrowserPage.OpenAsync(server, width: 390, height: 844);
        var page = tab.Page;

        await page.GotoAsync("/proposals/MIP41c5-SP2");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Facilitator Offboarding (RWF-001)");

        // Nothing may force the page wider than the phone: no horizontal scrolling of the whole page.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than the viewport: {await WidestElementsAsync(page)}");
        await tab.ScreenshotAsync("phone-proposal");

        await page.GotoAsync("/");
        await page.Locator(".thread-row__title", new() { HasText = "Facilitator Offboarding (RWF-001)" }).ClickAsync();
        await Assertions.Expect(page.Locator("article.post")).ToHaveCountAsync(15);
        overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"thread page is {overflow}px wider than the viewport: {await WidestElementsAsync(page)}");
        await tab.ScreenshotAsync("phone-thread");

        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task ShouldReachThreadByKeyboardWhenNotUsingAMouse()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await page.GotoAsync("/");

        // The skip link is the first stop in tab order and becomes visible when focused.
        var firstFocusable = await page.EvaluateAsync<string>("() => document.querySelector('a[href], button, input, [tabindex]:not([tabindex=\\'-1\\'])')?.className ?? ''");
        Assert.Equal("skip-link", firstFocusable);
        await page.Locator(".skip-link").FocusAsync();
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { X: >= 0 }, "the focused skip link is on screen");

        // After navigation focus sits on the page heading; the filter bar comes next, then the threads.
        await page.Locator("h1").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("select[name=category]")).ToBeFocusedAsync();
        for (var presses = 0; presses < 10 && !await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('thread-row__title') ?? false"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(page.Locator(".thread-row__title").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/t/**", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("article.post").First).ToBeVisibleAsync();
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    private static Task<string> WidestElementsAsync(IPage page) =>
        page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)" +
            ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
}
