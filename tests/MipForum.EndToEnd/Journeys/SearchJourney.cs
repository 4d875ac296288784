using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>A reader finds things from the header's search box with the keyboard alone, and reads the results page.</summary>
public sealed class SearchJourney(ForumServer server) : IClassFixture<ForumServer>
{
    [Fact]
    public async Task ShouldOpenASuggestionWithTheKeyboardAndSearchWithEnter()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await page.GotoAsync("/");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the forum" });

        await box.FocusAsync();
        await box.PressSequentiallyAsync("MIP41c5-S");
        var option = page.GetByRole(AriaRole.Option).First;
        await option.WaitForAsync();
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        await tab.ScreenshotAsync("search-suggestions", page.Locator(".site-header"));
        await box.PressAsync("ArrowDown");
        Assert.Equal(await option.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/proposals/MIP41c5-SP2");

        var again = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the forum" });
        await again.FillAsync("facilit* offboarding");
        await page.GetByRole(AriaRole.Option).First.WaitForAsync();

        // Escape closes the open list and keeps the text (a second Escape would clear the box, as browsers do).
        await again.PressAsync("Escape");
        Assert.Equal(("false", "facilit* offboarding"), (await again.GetAttributeAsync("aria-expanded"), await again.InputValueAsync()));
        await again.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=facilit"));
        await page.Locator(".search-hit").First.WaitForAsync();
        Assert.True(await page.Locator(".search-hit__snippet mark").CountAsync() > 0);
        await tab.ScreenshotAsync("search-results");
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task ShouldFitTheSearchBoxAndResultsOnAPhone()
    {
        await using var tab = await BrowserPage.OpenAsync(server, width: 390, height: 844);
        var page = tab.Page;
        await page.GotoAsync("/search?q=offboarding");
        await page.Locator(".search-hit").First.WaitForAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the search page is {overflow}px wider than the phone's screen");
        await tab.ScreenshotAsync("phone-search");
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
