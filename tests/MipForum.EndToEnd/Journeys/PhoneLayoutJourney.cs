using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>The proposal and moderation pages on a phone-sized screen: nothing wider than the screen, no console errors.</summary>
public sealed class PhoneLayoutJourney(ForumServer server) : IClassFixture<ForumServer>
{
    [Fact]
    public async Task ShouldFitTheProposalAndModerationPagesOnAPhone()
    {
        await using var tab = await BrowserPage.OpenAsync(server, width: 390, height: 844);
        var page = tab.Page;
        await tab.SignInAsync(ForumServer.AdminName, ForumServer.AdminPassword);

        foreach (var (url, name) in new[]
        {
            ("/proposals", "phone-proposals"),
            ("/proposals/MIP41c5-SP2", "phone-proposal-admin"),
            ("/proposals/new?parent=MIP41c5", "phone-draft"),
            ("/review", "phone-review"),
            ("/moderation-log", "phone-log"),
            ("/u/tkdev/moderate", "phone-moderate-member"),
        })
        {
            await page.GotoAsync(url);
            if (url.StartsWith("/proposals/new", StringComparison.Ordinal))
            {
                await page.Locator(".proposal-editor[data-ready=true]").WaitForAsync();
            }

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than the phone's screen");
            await tab.ScreenshotAsync(name);
        }

        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
