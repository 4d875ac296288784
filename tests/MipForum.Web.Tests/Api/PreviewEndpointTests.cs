using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

public sealed class PreviewEndpointTests(ForumWebFactory forum)
{
    [Fact]
    public async Task ShouldPreviewByteForByteWhatWasStoredForEveryDemoPost()
    {
        var client = forum.CreateClient();
        var token = await client.TokenAsync("amelie.r", ForumClient.DemoPassword);
        List<(string Raw, string Cooked)> posts;
        await using (var scope = forum.Services.CreateAsyncScope())
        {
            posts = (await scope.ServiceProvider.GetRequiredService<ForumDbContext>().Posts.AsNoTracking()
                .Select(p => new { p.Raw, p.Cooked }).ToListAsync(TestContext.Current.CancellationToken))
                .Select(p => (p.Raw, p.Cooked)).ToList();
        }

        Assert.True(posts.Count >= 30);
        foreach (var (raw, cooked) in posts)
        {
            var response = await client.SendAsync(HttpMethod.Post, "/api/v1/preview", new { raw }, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var preview = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            Assert.Equal(cooked, preview.GetProperty("cooked").GetString());
        }
    }

    [Fact]
    public async Task ShouldAnswerUnauthorizedWhenAnonymous()
    {
        var response = await forum.CreateClient().PostAsJsonAsync("/api/v1/preview", new { raw = "hi" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ShouldAnswerFieldErrorWhenTextIsTooLong()
    {
        var client = forum.CreateClient();
        var token = await client.TokenAsync("amelie.r", ForumClient.DemoPassword);

        var response = await client.SendAsync(HttpMethod.Post, "/api/v1/preview", new { raw = new string('x', 32_001) }, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("32,000", problem.GetProperty("errors").GetProperty("raw")[0].GetString(), StringComparison.Ordinal);
    }
}
