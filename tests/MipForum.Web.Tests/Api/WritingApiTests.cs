using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

public sealed class WritingApiTests(ForumWebFactory forum)
{
    [Fact]
    public async Task ShouldHoldADebateThroughTheApi()
    {
        var client = forum.CreateClient();
        var amelie = await client.TokenAsync("amelie.r", ForumClient.DemoPassword);
        var moshe = await client.TokenAsync("moshe_f", ForumClient.DemoPassword); // MIP41c5-SP2's author: only authors and staff attach threads to it
        var sato = await client.TokenAsync("sato-k", ForumClient.DemoPassword);

        var created = await client.SendAsync(HttpMethod.Post, "/api/v1/threads", new { title = "API debate about MIP41c5-SP2", body = "Opening @sato-k", category = "mips", tags = new[] { "mip41" }, proposalCode = "MIP41c5-SP2" }, moshe);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var thread = await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var id = thread.GetProperty("id").GetInt32();
        Assert.Equal($"/t/api-debate-about-mip41c5-sp2/{id}", created.Headers.Location?.ToString());

        using var reply = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/threads/{id}/posts") { Content = JsonContent.Create(new { body = "A reply", replyToNumber = 1 }) };
        reply.WithBearer(sato).Headers.Add("Idempotency-Key", "debate-1");
        var first = await client.SendAsync(reply, TestContext.Current.CancellationToken);
        using var retry = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/threads/{id}/posts") { Content = JsonContent.Create(new { body = "A reply", replyToNumber = 1 }) };
        retry.WithBearer(sato).Headers.Add("Idempotency-Key", "debate-1");
        var second = await client.SendAsync(retry, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var post = await first.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(post.GetProperty("id").GetInt32(), (await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt32());
        var postId = post.GetProperty("id").GetInt32();
        var located = await client.GetFromJsonAsync<JsonElement>(first.Headers.Location!.ToString(), TestContext.Current.CancellationToken);
        Assert.Equal("A reply", located.GetProperty("raw").GetString());
        Assert.Equal("sato-k", located.GetProperty("authorUserName").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}/like", null, amelie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}", new { body = "A reply, edited", version = 1 }, sato)).StatusCode);
        var stale = await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}", new { body = "stale", version = 1 }, sato);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/threads/{id}", TestContext.Current.CancellationToken);
        var posts = read.GetProperty("posts").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, posts.Count);
        var second2 = posts[1];
        Assert.Equal(1, second2.GetProperty("likeCount").GetInt32());
        Assert.Equal(2, second2.GetProperty("version").GetInt32());
        Assert.Equal(1, second2.GetProperty("replyToNumber").GetInt32());
        Assert.False(second2.GetProperty("deleted").GetBoolean());
        Assert.False(second2.GetProperty("hidden").GetBoolean());
        Assert.Equal(JsonValueKind.String, second2.GetProperty("editedAt").ValueKind);
        Assert.Equal(["mip41"], read.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, $"/api/v1/posts/{postId}", null, sato)).StatusCode);
        var afterDelete = await client.GetFromJsonAsync<JsonElement>($"/api/v1/threads/{id}", TestContext.Current.CancellationToken);
        Assert.True(afterDelete.GetProperty("posts").GetProperty("items")[1].GetProperty("deleted").GetBoolean());
    }

    [Fact]
    public async Task ShouldAnswerProblemsWhenWritingWrongly()
    {
        var client = forum.CreateClient();
        var token = await client.TokenAsync("tkdev", ForumClient.DemoPassword);

        var anonymous = await client.SendAsync(HttpMethod.Post, "/api/v1/threads", new { title = "A valid enough title", body = "x", category = "mips" });
        var invalid = await client.SendAsync(HttpMethod.Post, "/api/v1/threads", new { title = "short", body = " ", category = "nope", tags = new[] { "a", "b", "c", "d", "e", "f" } }, token);
        var missing = await client.SendAsync(HttpMethod.Post, "/api/v1/threads/99999/posts", new { body = "hello" }, token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("body", out _));
        Assert.True(errors.TryGetProperty("tags", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
