using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

/// <summary>A silenced member through /api/v1: every write refused (403, naming the end) but withdrawing their own post and appealing.</summary>
public sealed class SilencedMemberApiTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldRefuseEveryWriteButWithdrawAndAppealWhenSilenced()
    {
        var client = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var wei = await client.TokenAsync("wei_chen", ForumClient.DemoPassword);
        var tkdev = await client.TokenAsync("tkdev", ForumClient.DemoPassword);
        var lena = await client.TokenAsync("lena.v", ForumClient.DemoPassword);
        var others = await PostIdAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/threads/4/posts", new { body = "A post by someone else" }, tkdev));
        var toWithdraw = await PostIdAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/threads/4/posts", new { body = "A post its author withdraws" }, wei));
        var toAppeal = await PostIdAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/threads/4/posts", new { body = "A post a moderator hides" }, wei));
        Assert.True((await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{toAppeal}/hide", new { reason = "Off topic" }, lena)).IsSuccessStatusCode);
        var until = DateTimeOffset.UtcNow.AddDays(2);
        var silenced = await client.SendAsync(HttpMethod.Post, "/api/v1/users/wei_chen/silence", new { until, reason = "Repeated personal attacks" }, lena);
        Assert.True(silenced.IsSuccessStatusCode, $"Silencing answered {silenced.StatusCode}");

        // A silence ends the member's sessions and tokens (Forum:Auth:RevalidateMinutes); signed in again, they may read, not write.
        wei = await client.TokenAsync("wei_chen", ForumClient.DemoPassword);

        var refused = new[]
        {
            await client.SendAsync(HttpMethod.Post, "/api/v1/threads/4/posts", new { body = "Still here" }, wei),
            await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{others}/like", null, wei),
            await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{others}/flags", new { reason = "spam" }, wei),
            await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{toWithdraw}", new { body = "Edited while silenced", version = 1 }, wei),
        };
        var withdrawn = await client.SendAsync(HttpMethod.Delete, $"/api/v1/posts/{toWithdraw}", null, wei);
        var appealed = await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{toAppeal}/appeal", new { message = "It was on topic." }, wei);

        foreach (var response in refused)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("detail").GetString();
            Assert.Contains($"silenced until {until.UtcDateTime:d MMM yyyy HH:mm} UTC: Repeated personal attacks", detail, StringComparison.Ordinal);
        }

        Assert.True(withdrawn.IsSuccessStatusCode, $"Withdrawing answered {withdrawn.StatusCode}");
        Assert.Equal(HttpStatusCode.Created, appealed.StatusCode);
    }

    private static async Task<int> PostIdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt32();
}
