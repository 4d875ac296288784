using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

public sealed class ThreadEndpointsTests(ForumWebFactory forum)
{
    [Fact]
    public async Task ShouldReturnThreadSummariesWhenListing()
    {
        var json = await forum.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/threads", TestContext.Current.CancellationToken);

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(json.GetProperty("total").GetInt32(), items.Count);
        var thread = items.Single(i => i.GetProperty("title").GetString() == DemoThreads.OffboardingTitle);
        Assert.True(thread.GetProperty("id").GetInt32() > 0);
        Assert.Equal(DemoThreads.OffboardingSlug, thread.GetProperty("slug").GetString());
        Assert.Equal("mips", thread.GetProperty("category").GetProperty("slug").GetString());
        Assert.Equal("MIP41c5-SP2", thread.GetProperty("proposalCode").GetString());
        Assert.Equal(15, thread.GetProperty("postCount").GetInt32());
        Assert.True(thread.GetProperty("lastActivityAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
        var activity = items.Select(i => i.GetProperty("lastActivityAt").GetDateTimeOffset()).ToList();
        Assert.Equal(activity.OrderDescending(), activity);
    }

    [Fact]
    public async Task ShouldReturnPostsWhenThreadExists()
    {
        var client = forum.CreateClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/threads/{id}?page=1", TestContext.Current.CancellationToken);

        Assert.Equal(DemoThreads.OffboardingTitle, json.GetProperty("title").GetString());
        var posts = json.GetProperty("posts");
        Assert.Equal(15, posts.GetProperty("total").GetInt32());
        var items = posts.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 15), items.Select(p => p.GetProperty("number").GetInt32()));
        var first = items[0];
        Assert.True(first.GetProperty("id").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("author").GetProperty("userName").GetString()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("replyToNumber").ValueKind);
        Assert.StartsWith("<", first.GetProperty("cooked").GetString(), StringComparison.Ordinal);
        Assert.True(first.TryGetProperty("createdAt", out _));
        Assert.Contains(items, p => p.GetProperty("replyToNumber").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task ShouldAnswerProblemNotFoundWhenThreadIsUnknown()
    {
        var response = await forum.CreateClient().GetAsync("/api/v1/threads/999999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ShouldAnswerValidationProblemWhenPageIsZero()
    {
        var client = forum.CreateClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);

        var response = await client.GetAsync($"/api/v1/threads/{id}?page=0", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty("page", out _));
    }

    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v1/threads/abc")]
    public async Task ShouldAnswerProblemNotFoundWhenPathIsUnknown(string url)
    {
        var response = await forum.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
