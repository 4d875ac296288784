using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Errors;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Errors;

/// <summary>An edit based on an old version: 409 "reload" on the API, and the edit page says reload and offers it.</summary>
public sealed class StaleVersionDoorsTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task ShouldAnswerStaleVersionWithReloadWhenTheApiEditIsBasedOnAnOldVersion()
    {
        var client = forum.CreateClient();
        var amelie = await client.TokenAsync("amelie.r", ForumClient.DemoPassword);
        var (_, postId) = await client.StartThreadAsync(amelie, "A thread edited from two tabs", "The first version.");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}", new { body = "The second version.", version = 1 }, amelie)).StatusCode);

        var stale = await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}", new { body = "From the old tab.", version = 1 }, amelie);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Null(stale.Headers.RetryAfter);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(ErrorTable.TypeOf("stale-version"), problem.GetProperty("type").GetString());
        Assert.Equal("reload", problem.GetProperty("remedy").GetString());
        Assert.Contains("Reload it", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldSayReloadAndOfferItOnTheEditPageWhenThePostChangedInAnotherTab()
    {
        var api = forum.CreateClient();
        var amelie = await api.TokenAsync("amelie.r", ForumClient.DemoPassword);
        var (_, postId) = await api.StartThreadAsync(amelie, "A thread edited in a browser and elsewhere", "The first version.");
        var browser = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInWithFormAsync("amelie.r", ForumClient.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}", new { body = "Edited elsewhere.", version = 1 }, amelie)).StatusCode);

        var page = await Html.ParseAsync(await browser.SubmitFormAsync($"/posts/{postId}/edit", "edit-post", new Dictionary<string, string>
        {
            ["Input.Body"] = "Edited in the old tab.",
            ["Input.Version"] = "1",
        }));

        var alert = page.QuerySelector(".form-error[data-remedy=reload]");
        Assert.Contains("Reload it and apply your edit again.", alert.Text(), StringComparison.Ordinal);
        Assert.EndsWith($"/posts/{postId}/edit", alert!.QuerySelector("a.form-error__action")?.GetAttribute("href"), StringComparison.Ordinal);
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/posts/{postId}", TestContext.Current.CancellationToken);
        Assert.Equal("Edited elsewhere.", stored.GetProperty("raw").GetString());
    }
}
