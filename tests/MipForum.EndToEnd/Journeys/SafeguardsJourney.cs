using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>
/// What a new member hits, in the browser at phone and desktop widths: flag, retract and flag again; a decided flag
/// offers no retract; a withdrawal asks for confirmation; a failed sign-in leaves the password box empty.
/// </summary>
public sealed class SafeguardsJourney(ForumServer server) : IClassFixture<ForumServer>
{
    private async Task<string> TokenAsync(HttpClient api, string userName) =>
        (await (await api.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "mipforum-demo" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("accessToken").GetString()!;

    private static async Task<JsonElement> SendAsync(HttpClient api, string url, object body, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        var response = await api.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1440, 900)]
    public async Task ShouldFlagAgainAfterARetractAndHideTheRetractOnceDecided(int width, int height)
    {
        using var api = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var threads = await api.GetFromJsonAsync<JsonElement>("/api/v1/threads", TestContext.Current.CancellationToken);
        var threadId = threads.GetProperty("items")[0].GetProperty("id").GetInt32();
        var reply = await SendAsync(api, $"/api/v1/threads/{threadId}/posts", new { body = $"A reply to flag at {width} px." }, await TokenAsync(api, "wei_chen"));
        var postId = reply.GetProperty("id").GetInt32();

        await using var tab = await BrowserPage.OpenAsync(server, width, height);
        var page = tab.Page;
        await tab.SignInAsync("tkdev");
        await page.GotoAsync($"/posts/{postId}/flag");
        await page.GetByLabel("Off-topic").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Flag post" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retract my flag" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Retract my flag" }).ClickAsync();

        await Assertions.Expect(page.Locator(".form-notice")).ToHaveTextAsync("You retracted your flag on this post. You can flag it again.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Flag post" })).ToBeVisibleAsync();
        await tab.ScreenshotAsync($"flag-retracted-{width}");
        await page.GotoAsync($"/p/{postId}");
        await Assertions.Expect(page.Locator($"a.post__flag[href='/posts/{postId}/flag']")).ToHaveTextAsync("Flag");

        await page.GotoAsync($"/posts/{postId}/flag");
        await page.GetByLabel("Spam").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Flag post" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-notice")).ToContainTextAsync("You flagged this post as Spam");
        await SendAsync(api, $"/api/v1/review/{postId}", new { decision = "agree", note = "Off-topic advertising." }, await TokenAsync(api, "lena.v"));

        await page.GotoAsync($"/posts/{postId}/flag");
        await Assertions.Expect(page.Locator(".form-notice")).ToContainTextAsync("a moderator agreed.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retract my flag" })).ToBeHiddenAsync();
        await tab.ScreenshotAsync($"flag-decided-{width}");
        Assert.Empty(await AxeCheck.BlockingViolationsAsync(page));
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1440, 900)]
    public async Task ShouldAskBeforeAWithdrawalAndNeverShowThePasswordAgain(int width, int height)
    {
        await using var tab = await BrowserPage.OpenAsync(server, width, height);
        var page = tab.Page;
        await page.GotoAsync("/account/login");
        await page.GetByLabel("User name or email").FillAsync("moshe_f");
        await page.GetByLabel("Password").FillAsync("not-the-password-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Password")).ToHaveValueAsync("");
        Assert.DoesNotContain("not-the-password-123", await page.ContentAsync(), StringComparison.Ordinal);
        await tab.ScreenshotAsync($"login-failed-{width}");

        await tab.SignInAsync("moshe_f");
        await page.GotoAsync("/proposals/MIP41c5-SP2");
        var form = page.Locator(".move-proposal");
        await Assertions.Expect(page.GetByLabel("New status")).ToHaveValueAsync("");
        await page.GetByLabel("New status").SelectOptionAsync(new SelectOptionValue { Label = "Withdrawn (final)" });
        await page.GetByLabel("Reason (shown on the timeline)").FillAsync("Clicked by accident");
        await form.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();

        await Assertions.Expect(form.Locator(".field__error")).ToHaveTextAsync("Moving to Withdrawn cannot be undone: tick the box to confirm.");
        await Assertions.Expect(page.Locator(".page-header__eyebrow")).ToContainTextAsync("RFC");
        await tab.ScreenshotAsync($"move-refused-{width}", form);
        Assert.Empty(await AxeCheck.BlockingViolationsAsync(page));
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
