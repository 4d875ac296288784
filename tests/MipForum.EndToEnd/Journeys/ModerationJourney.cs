using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>Three members flag a post, it hides pending review, a moderator disagrees and shows it again, and the public log shows both steps.</summary>
public sealed class ModerationJourney(ForumServer server) : IClassFixture<ForumServer>
{
    private const string Thread = "Weekly governance call notes — how should we publish them?";

    private async Task<BrowserPage> SignedInAsync(string userName)
    {
        var tab = await BrowserPage.OpenAsync(server);
        await tab.SignInAsync(userName);
        return tab;
    }

    [Fact]
    public async Task ShouldHideAFlaggedPostThenRestoreItOnReviewWithBothStepsInThePublicLog()
    {
        // wei_chen replies in the thread.
        await using var author = await SignedInAsync("wei_chen");
        await author.Page.GotoAsync("/");
        await author.Page.Locator(".thread-row__title", new() { HasText = Thread }).ClickAsync();
        await author.Page.Locator(".composer[data-ready=true]").WaitForAsync();
        await author.Page.GetByLabel("Your reply (markdown)").FillAsync("Publishing notes is pointless; nobody reads them anyway.");
        await author.Page.Locator(".composer").GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await author.Page.WaitForURLAsync(new Regex("#post-\\d+$"), new() { WaitUntil = WaitUntilState.Commit });
        var postUrl = author.Page.Url;
        var anchor = postUrl[postUrl.LastIndexOf('#')..];

        // Three members flag it; the third flag hides it pending review.
        foreach (var flagger in new[] { "tkdev", "funmi.o", "amelie.r" })
        {
            await using var tab = await SignedInAsync(flagger);
            await tab.Page.GotoAsync(postUrl);
            await tab.Page.Locator(anchor).GetByRole(AriaRole.Link, new() { Name = "Flag", Exact = true }).ClickAsync();
            await tab.Page.GetByLabel("Inappropriate").CheckAsync();
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Flag post" }).ClickAsync();
            await Assertions.Expect(tab.Page.Locator(".form-notice")).ToContainTextAsync("You flagged this post as Inappropriate");
            Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
        }

        // Going to the same address with only a #fragment would just scroll: reload to see the post as it is now.
        await author.Page.ReloadAsync();
        var hidden = author.Page.Locator($"{anchor} .post__hidden summary");
        await Assertions.Expect(hidden).ToHaveTextAsync("Hidden pending moderator review (Inappropriate) — show anyway");
        await author.ScreenshotAsync("moderation-1-hidden", author.Page.Locator(anchor));

        // The moderator disagrees: the post is shown again.
        await using var moderator = await SignedInAsync("lena.v");
        await moderator.Page.GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        var item = moderator.Page.Locator(".review-item").First;
        await Assertions.Expect(item.Locator(".review-item__flags li")).ToHaveCountAsync(3);
        await moderator.ScreenshotAsync("moderation-2-review");
        await item.GetByLabel("Note (public)").FillAsync("Blunt criticism of the process, not an attack on anyone.");
        await item.GetByRole(AriaRole.Button, new() { Name = "Disagree: show it" }).ClickAsync();
        await Assertions.Expect(moderator.Page.Locator(".empty-state")).ToHaveTextAsync("Nothing to review.");

        await author.Page.ReloadAsync();
        await Assertions.Expect(author.Page.Locator($"{anchor} .post__hidden")).ToHaveCountAsync(0);
        await Assertions.Expect(author.Page.Locator($"{anchor} .cooked")).ToContainTextAsync("nobody reads them anyway");

        // Anyone can read what happened, and why.
        await using var reader = await BrowserPage.OpenAsync(server);
        await reader.Page.GotoAsync("/");
        await reader.Page.GetByRole(AriaRole.Link, new() { Name = "Moderation log" }).ClickAsync();
        var entries = reader.Page.Locator(".moderation-log__entry");
        await Assertions.Expect(entries).ToHaveCountAsync(2);
        await Assertions.Expect(entries.Nth(0)).ToContainTextAsync("Disagreed with the flags on");
        await Assertions.Expect(entries.Nth(0)).ToContainTextAsync("Lena Vogt");
        await Assertions.Expect(entries.Nth(0)).ToContainTextAsync("Blunt criticism of the process");
        await Assertions.Expect(entries.Nth(1)).ToContainTextAsync("Hid pending review");
        await Assertions.Expect(entries.Nth(1)).ToContainTextAsync("automatically (flag threshold)");
        await reader.ScreenshotAsync("moderation-3-log");

        Assert.True(author.Errors.Count == 0, string.Join(Environment.NewLine, author.Errors));
        Assert.True(moderator.Errors.Count == 0, string.Join(Environment.NewLine, moderator.Errors));
        Assert.True(reader.Errors.Count == 0, string.Join(Environment.NewLine, reader.Errors));
    }
}
