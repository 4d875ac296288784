using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>The bell counts a new mention while a page is open, and opening the notification marks it read.</summary>
public sealed class NotificationBellJourney(ForumServer server) : IClassFixture<ForumServer>
{
    private async Task MentionTkdevAsync(string text)
    {
        using var api = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = "wei_chen", password = "mipforum-demo" });
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var threads = await api.GetFromJsonAsync<JsonElement>("/api/v1/threads");
        var threadId = threads.GetProperty("items")[0].GetProperty("id").GetInt32();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/threads/{threadId}/posts") { Content = JsonContent.Create(new { body = text }) };
        request.Headers.Authorization = new("Bearer", accessToken);
        var reply = await api.SendAsync(request);
        Assert.True(reply.IsSuccessStatusCode, $"reply: {(int)reply.StatusCode}");
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1440, 900)]
    public async Task ShouldCountANewMentionLiveAndMarkItReadWhenOpened(int width, int height)
    {
        await using var tab = await BrowserPage.OpenAsync(server, width, height);
        var page = tab.Page;
        await tab.SignInAsync("tkdev");
        await page.GotoAsync("/proposals");
        await page.Locator(".bell[data-live=on]").WaitForAsync();
        var before = await page.Locator(".bell__count").CountAsync() == 0 ? 0 : int.Parse(await page.Locator(".bell__count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        await MentionTkdevAsync($"A question for @tkdev at {width} px: who publishes the notes?");

        await Assertions.Expect(page.Locator(".bell__count")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator(".bell")).ToHaveAccessibleNameAsync($"Notifications: {before + 1} unread");

        await page.Locator(".bell").ClickAsync();
        await page.WaitForURLAsync("**/notifications");
        var mention = page.Locator(".notification--unread", new() { HasText = "mentioned you in" }).First;
        await tab.ScreenshotAsync($"notifications-{width}");
        Assert.Empty(await AxeCheck.BlockingViolationsAsync(page));
        var href = await mention.Locator("a").GetAttributeAsync("href");
        await mention.Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/t/**");
        await Assertions.Expect(page.Locator(".cooked", new() { HasText = $"at {width} px" })).ToHaveCountAsync(1);

        await page.GotoAsync("/notifications");
        await Assertions.Expect(page.Locator($".notification a[href='{href}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($".notification--unread a[href='{href}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".bell")).ToHaveAccessibleNameAsync(before == 0 ? "Notifications" : $"Notifications: {before} unread");
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
