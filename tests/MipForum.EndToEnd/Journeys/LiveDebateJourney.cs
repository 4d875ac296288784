using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>
/// Two members in two browsers: one replies and mentions the other, who sees it arrive live, likes it and quotes it;
/// the first is notified, edits (the history shows the diff); the second withdraws their post and the first sees it go.
/// </summary>
public sealed class LiveDebateJourney(ForumServer server) : IClassFixture<ForumServer>
{
    private const string Thread = "Weekly governance call notes — how should we publish them?";

    private static async Task SignInAndOpenTheThreadAsync(BrowserPage tab, string userName)
    {
        await tab.SignInAsync(userName);
        var page = tab.Page;
        await page.GotoAsync("/");
        await page.Locator(".thread-row__title", new() { HasText = Thread }).ClickAsync();
        await page.Locator(".composer[data-ready=true]").WaitForAsync();
        await page.Locator(".live-bar[data-live=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    [Fact]
    public async Task ShouldLetTwoMembersDebateAndSeeEachOtherLive()
    {
        await using var tabA = await BrowserPage.OpenAsync(server);
        await using var tabB = await BrowserPage.OpenAsync(server);
        var a = tabA.Page;
        var b = tabB.Page;
        await SignInAndOpenTheThreadAsync(tabA, "tkdev");
        await SignInAndOpenTheThreadAsync(tabB, "lena.v");

        // A replies; B, reading the same page, is told without reloading.
        await a.GetByLabel("Your reply (markdown)").FillAsync("Publish the notes **within 48 hours**, @lena.v.");
        await a.Locator(".composer").GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await a.WaitForURLAsync("**#post-7", new() { WaitUntil = WaitUntilState.Commit });
        var bar = b.Locator(".live-bar__link");
        await Assertions.Expect(bar).ToHaveTextAsync("1 new reply — show");
        await tabB.ScreenshotAsync("live-1-new-reply-bar");
        await bar.ClickAsync();
        await b.WaitForURLAsync("**#post-7", new() { WaitUntil = WaitUntilState.Commit });
        var replyOfA = b.Locator("#post-7");
        await Assertions.Expect(replyOfA.Locator(".cooked strong")).ToHaveTextAsync("within 48 hours");

        // B likes it and quotes it; A sees the new reply arrive live.
        await replyOfA.Locator(".like-button:not([disabled])").ClickAsync();
        await Assertions.Expect(replyOfA.Locator(".like-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(replyOfA.Locator(".like-button__count")).ToHaveTextAsync("1 like");
        await b.ReloadAsync(); // the like was stored, not only drawn
        await Assertions.Expect(replyOfA.Locator(".like-button:not([disabled])")).ToHaveAttributeAsync("aria-pressed", "true");
        await replyOfA.GetByRole(AriaRole.Link, new() { Name = "Quote" }).ClickAsync();
        await b.Locator(".composer[data-ready=true]").WaitForAsync();
        var box = b.GetByLabel("Your reply (markdown)");
        await Assertions.Expect(box).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^\\[quote=\"tkdev, post:7, topic:\\d+\"\\]"));
        await box.PressAsync("End");
        await box.PressSequentiallyAsync("Agreed, 48 hours it is.");
        await b.Locator(".composer").GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await b.WaitForURLAsync("**#post-8", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(b.Locator("#post-8 aside.quote .quote__title")).ToHaveTextAsync("tkdev said:");
        await Assertions.Expect(b.Locator("#post-8 .post__reply-to")).ToContainTextAsync("in reply to #7");
        await Assertions.Expect(a.Locator(".live-bar__link")).ToContainTextAsync("new reply");

        // A was quoted and liked: the bell says so, and the notifications page says by whom.
        await a.GotoAsync("/notifications");
        await Assertions.Expect(a.Locator(".notification--unread").First).ToContainTextAsync("Lena Vogt quoted you in");
        await Assertions.Expect(a.Locator(".notification--unread", new() { HasText = "liked your post" })).ToHaveCountAsync(1);
        await Assertions.Expect(a.Locator(".bell__count")).ToHaveTextAsync("2");
        await a.GetByRole(AriaRole.Button, new() { Name = "Mark all read" }).ClickAsync();
        await Assertions.Expect(a.Locator(".notification--unread")).ToHaveCountAsync(0);
        await a.GoBackAsync();

        // A edits their post; the history shows what changed.
        await a.GotoAsync("/");
        await a.Locator(".thread-row__title", new() { HasText = Thread }).ClickAsync();
        await a.Locator("#post-7").GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await a.GetByLabel("Text").FillAsync("Publish the notes **within 24 hours**, @lena.v.");
        await a.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await a.WaitForURLAsync("**#post-7", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(a.Locator("#post-7 .cooked strong")).ToHaveTextAsync("within 24 hours");
        await tabA.ScreenshotAsync("live-2-after-edit", a.Locator("#post-7"));
        var threadUrl = a.Url.Split('#')[0];

        // Anyone can open the history: the edit kept a revision, and the diff shows the changed line.
        await a.Locator("#post-7 .post__edited").ClickAsync();
        await Assertions.Expect(a.Locator(".diff__line--removed")).ToContainTextAsync("within 48 hours");
        await Assertions.Expect(a.Locator(".diff__line--added")).ToContainTextAsync("within 24 hours");
        await tabA.ScreenshotAsync("live-3-history");
        await a.GotoAsync(threadUrl);
        await a.Locator(".live-bar[data-live=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // B was mentioned in A's reply.
        await b.GotoAsync("/notifications");
        await Assertions.Expect(b.Locator(".notification", new() { HasText = "mentioned you in" })).ToHaveCountAsync(1);

        // B withdraws their reply; A, still reading, is told the page changed and sees the placeholder after refreshing.
        await b.GotoAsync(threadUrl);
        await b.Locator("#post-8").GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await b.GetByRole(AriaRole.Button, new() { Name = "Withdraw this post" }).ClickAsync();
        await Assertions.Expect(b.Locator("#post-8 .post__withdrawn")).ToHaveTextAsync("(post withdrawn by author)");
        var changed = a.Locator(".live-bar__link");
        await Assertions.Expect(changed).ToHaveTextAsync("Posts on this page changed — refresh");
        await changed.ClickAsync();
        await Assertions.Expect(a.Locator("#post-8 .post__withdrawn")).ToHaveTextAsync("(post withdrawn by author)");
        await Assertions.Expect(a.Locator("#post-8 .cooked")).ToHaveCountAsync(0);

        Assert.True(tabA.Errors.Count == 0, string.Join(Environment.NewLine, tabA.Errors));
        Assert.True(tabB.Errors.Count == 0, string.Join(Environment.NewLine, tabB.Errors));
    }
}
