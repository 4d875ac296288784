using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>axe-core finds no serious or critical violation on the main pages, signed in or not, on a phone and on a desktop.</summary>
public sealed class AccessibilityJourney(ForumServer server) : IClassFixture<ForumServer>
{
    private const string Proposal = "/proposals/MIP41c5-SP2";

    [Theory]
    [InlineData(390, 844, false)]
    [InlineData(1440, 900, false)]
    [InlineData(390, 844, true)]
    [InlineData(1440, 900, true)]
    public async Task ShouldHaveNoSeriousOrCriticalViolationsOnTheMainPages(int width, int height, bool signedIn)
    {
        await using var tab = await BrowserPage.OpenAsync(server, width, height);
        var page = tab.Page;
        var violations = new List<string>();
        if (signedIn)
        {
            // An admin sees every control of these pages: the move form, moderation links, the composer.
            await tab.SignInAsync(ForumServer.AdminName, ForumServer.AdminPassword);
        }
        else
        {
            await page.GotoAsync("/account/login");
            violations.AddRange(await AxeCheck.BlockingViolationsAsync(page));
        }

        foreach (var url in new[] { "/", "/search?q=facilit*", "/proposals", Proposal })
        {
            await page.GotoAsync(url);
            violations.AddRange(await AxeCheck.BlockingViolationsAsync(page));
        }

        if (signedIn)
        {
            await tab.ScreenshotAsync($"move-form-admin-{width}", page.Locator(".move-proposal"));
        }

        // The proposal's own discussion thread, opened from the proposal page.
        await page.GotoAsync(Proposal);
        await page.Locator(".proposal-layout__facts a[href^='/t/']").First.ClickAsync();
        await page.WaitForURLAsync("**/t/**");
        await page.Locator(".thread-header").WaitForAsync();
        if (signedIn)
        {
            await page.Locator(".composer[data-ready=true]").WaitForAsync();
        }

        violations.AddRange(await AxeCheck.BlockingViolationsAsync(page));
        var who = signedIn ? "member" : "anonymous";
        await tab.ScreenshotAsync($"a11y-thread-{width}-{who}");
        await tab.ScreenshotAsync($"thread-header-{width}-{who}", page.Locator(".thread-header"));
        await tab.ScreenshotAsync($"thread-event-{width}-{who}", page.Locator(".proposal-event").First);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
