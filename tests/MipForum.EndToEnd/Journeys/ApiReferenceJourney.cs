using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>The API reference page renders the OpenAPI document in a browser, under the forum's security headers.</summary>
public sealed class ApiReferenceJourney(ForumServer server) : IClassFixture<ForumServer>
{
    [Fact]
    public async Task ShouldShowTheApiReferenceWithItsEndpoints()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;

        await page.GotoAsync("/api");
        await page.GetByText("/api/v1/search", new() { Exact = false }).First.WaitForAsync(new() { Timeout = 20_000 });

        await tab.ScreenshotAsync("api-reference");
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
