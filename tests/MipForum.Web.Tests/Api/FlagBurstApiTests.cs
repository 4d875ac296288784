using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

/// <summary>The client address reaches the flag (as a keyed hash) through the real pipeline, and moderators see a burst from one address.</summary>
public sealed class FlagBurstApiTests(ClientAddressFactory forum) : IClassFixture<ClientAddressFactory>
{
    private async Task<HttpResponseMessage> FlagFromAsync(HttpClient client, int postId, string token, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/posts/{postId}/flags") { Content = JsonContent.Create(new { reason = "spam" }) };
        request.WithBearer(token).Headers.Add(ClientAddressFactory.Header, address);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ShouldShowModeratorsFlagsFromOneAddressAsCoordinated()
    {
        var client = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var wei = await client.TokenAsync("wei_chen", ForumClient.DemoPassword);
        var lena = await client.TokenAsync("lena.v", ForumClient.DemoPassword);
        var posted = await client.SendAsync(HttpMethod.Post, "/api/v1/threads/4/posts", new { body = "A post flagged from one room" }, wei);
        var postId = (await posted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();

        // Accounts created months apart (the demo's), flagging from one address; a fourth from elsewhere.
        foreach (var name in new[] { "tkdev", "funmi.o", "amelie.r" })
        {
            Assert.Equal(HttpStatusCode.Created, (await FlagFromAsync(client, postId, await client.TokenAsync(name, ForumClient.DemoPassword), "203.0.113.7")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, (await FlagFromAsync(client, postId, await client.TokenAsync("sato-k", ForumClient.DemoPassword), "198.51.100.1")).StatusCode);

        var queue = await (await client.SendAsync(HttpMethod.Get, "/api/v1/review", null, lena)).Content.ReadFromJsonAsync<JsonElement>(ct);
        var coordinated = queue.EnumerateArray().Single(i => i.GetProperty("postId").GetInt32() == postId).GetProperty("coordinated");
        Assert.Equal(3, coordinated.GetProperty("fromOneAddress").GetInt32());
        Assert.Equal(0, coordinated.GetProperty("fromAccountsCreatedTogether").GetInt32());
        Assert.DoesNotContain("203.0.113.7", queue.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldCarryTheAddressOfAFlagSentFromTheFlagPage()
    {
        var api = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var posted = await api.SendAsync(HttpMethod.Post, "/api/v1/threads/4/posts", new { body = "A post flagged through the page" }, await api.TokenAsync("wei_chen", ForumClient.DemoPassword));
        var postId = (await posted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();

        foreach (var name in new[] { "tkdev", "funmi.o", "amelie.r" })
        {
            // A page form post goes through ScopedSender, which carries the request's address into the message's scope.
            var browser = forum.CreateBrowserlessClient();
            browser.DefaultRequestHeaders.Add(ClientAddressFactory.Header, "2001:db8:7:7::" + name.Length);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInWithFormAsync(name, ForumClient.DemoPassword)).StatusCode);
            var flagged = await browser.SubmitFormAsync($"/posts/{postId}/flag", "flag-post", new Dictionary<string, string> { ["Input.Reason"] = "Spam" });
            Assert.Equal(HttpStatusCode.OK, flagged.StatusCode);
        }

        var queue = await (await api.SendAsync(HttpMethod.Get, "/api/v1/review", null, await api.TokenAsync("lena.v", ForumClient.DemoPassword))).Content.ReadFromJsonAsync<JsonElement>(ct);
        var item = queue.EnumerateArray().Single(i => i.GetProperty("postId").GetInt32() == postId);
        Assert.Equal(3, item.GetProperty("flags").GetArrayLength());
        Assert.Equal(3, item.GetProperty("coordinated").GetProperty("fromOneAddress").GetInt32());
    }
}
