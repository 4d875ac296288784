using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

/// <summary>Flagging, reviewing and the public log through /api/v1, with problem details for what is refused.</summary>
public sealed class ModerationApiTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldFlagReviewAndPublishTheDecisionInTheLog()
    {
        var client = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var wei = await client.TokenAsync("wei_chen", ForumClient.DemoPassword);
        var tkdev = await client.TokenAsync("tkdev", ForumClient.DemoPassword);
        var lena = await client.TokenAsync("lena.v", ForumClient.DemoPassword);
        var reply = await client.SendAsync(HttpMethod.Post, "/api/v1/threads/4/posts", new { body = "An API post to moderate" }, wei);
        var postId = (await reply.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();

        var own = await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{postId}/flags", new { reason = "spam" }, wei);
        var badReason = await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{postId}/flags", new { reason = "boring" }, tkdev);
        var flagged = await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{postId}/flags", new { reason = "off-topic" }, tkdev);
        var contributorReview = await client.SendAsync(HttpMethod.Get, "/api/v1/review", null, tkdev);
        var queue = await (await client.SendAsync(HttpMethod.Get, "/api/v1/review", null, lena)).Content.ReadFromJsonAsync<JsonElement>(ct);
        var decided = await client.SendAsync(HttpMethod.Post, $"/api/v1/review/{postId}", new { decision = "defer", note = "Not off-topic enough to act." }, lena);
        var log = await client.GetFromJsonAsync<JsonElement>("/api/v1/moderation-log", ct);

        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal("application/problem+json", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);
        Assert.Equal(HttpStatusCode.Created, flagged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, contributorReview.StatusCode);
        Assert.Contains(queue.EnumerateArray(), item => item.GetProperty("postId").GetInt32() == postId);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var newest = log.GetProperty("items")[0];
        Assert.Equal("defer-flags", newest.GetProperty("action").GetString());
        Assert.StartsWith("Not off-topic enough to act.", newest.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("lena.v", newest.GetProperty("moderator").GetProperty("userName").GetString());
    }

    [Fact]
    public async Task ShouldKeepAPostVisibleButQueuedWhenNineNewAccountsFlagItAndTellEachOnlyOfTheirOwnFlag()
    {
        var client = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var wei = await client.TokenAsync("wei_chen", ForumClient.DemoPassword);
        var lena = await client.TokenAsync("lena.v", ForumClient.DemoPassword);
        var reply = await client.SendAsync(HttpMethod.Post, "/api/v1/threads/4/posts", new { body = "A post a faction dislikes" }, wei);
        var postId = (await reply.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();

        var answers = new List<JsonElement>();
        for (var i = 1; i <= 9; i++)
        {
            var name = $"sock.puppet{i}";
            var registered = await client.PostAsJsonAsync("/api/v1/auth/register", new { userName = name, email = $"{name}@example.org", password = "a throwaway password" }, ct);
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            var flagged = await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{postId}/flags", new { reason = "spam" }, await client.TokenAsync(name, "a throwaway password"));
            Assert.Equal(HttpStatusCode.Created, flagged.StatusCode);
            answers.Add(await flagged.Content.ReadFromJsonAsync<JsonElement>(ct));
        }

        Assert.All(answers, answer =>
        {
            Assert.False(answer.TryGetProperty("pendingWeight", out _));
            Assert.Equal("pending", answer.GetProperty("status").GetString());
            Assert.False(answer.GetProperty("hidden").GetBoolean());
        });
        var thread = await client.GetFromJsonAsync<JsonElement>("/api/v1/threads/4", ct);
        var post = thread.GetProperty("posts").GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == postId);
        Assert.False(post.GetProperty("hidden").GetBoolean());
        var queue = await (await client.SendAsync(HttpMethod.Get, "/api/v1/review", null, lena)).Content.ReadFromJsonAsync<JsonElement>(ct);
        var item = queue.EnumerateArray().Single(i => i.GetProperty("postId").GetInt32() == postId);
        Assert.Equal(9, item.GetProperty("flags").GetArrayLength());
        Assert.Equal(9, item.GetProperty("coordinated").GetProperty("fromAccountsCreatedTogether").GetInt32());
    }
}
