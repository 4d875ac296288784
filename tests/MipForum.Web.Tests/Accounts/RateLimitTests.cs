using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

/// <summary>Limits are configuration: this forum allows 3 sign-in attempts and 2 writes per member per window.</summary>
public sealed class RateLimitTests
{
    private sealed class TightLimitsFactory(string limit, string permits) : ForumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting($"Forum:RateLimits:{limit}:PermitLimit", permits);
            builder.UseSetting($"Forum:RateLimits:{limit}:WindowSeconds", "600");
        }
    }

    [Fact]
    public async Task ShouldAnswerTooManyRequestsWithRetryAfterWhenSignInIsHammered()
    {
        await using var forum = new TightLimitsFactory("Auth", "3");
        var client = forum.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last = await client.RequestTokenAsync("amelie.r", "wrong password");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        var problem = await last.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ShouldLimitWritesPerMemberWhenTheyComeTooFast()
    {
        await using var forum = new TightLimitsFactory("WritesPerUser", "2");
        var client = forum.CreateClient();
        var token = await client.TokenAsync("govalpha", ForumClient.DemoPassword);

        var first = await client.SendAsync(HttpMethod.Put, "/api/v1/users/tkdev/roles", new { roles = new[] { "Moderator" } }, token);
        var second = await client.SendAsync(HttpMethod.Put, "/api/v1/users/tkdev/roles", new { roles = new[] { "Moderator" } }, token);
        var third = await client.SendAsync(HttpMethod.Put, "/api/v1/users/tkdev/roles", new { roles = new[] { "Moderator" } }, token);

        // govalpha is not an admin: the first two reach the application (403), the third is stopped before it.
        Assert.Equal(HttpStatusCode.Forbidden, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task ShouldCountTheSignInPageAndTheTokenEndpointAgainstTheSameWindowWithATrailingSlashToo()
    {
        await using var forum = new TightLimitsFactory("Auth", "3");
        var client = forum.CreateClient();

        var page = await client.SignInWithFormAsync("amelie.r", "wrong password");
        var token = await client.RequestTokenAsync("amelie.r", "wrong password");
        var slashed = await client.PostAsJsonAsync("/api/v1/auth/token/", new { userName = "amelie.r", password = "wrong password" }, TestContext.Current.CancellationToken);
        var fourth = await client.SignInWithFormAsync("amelie.r", "wrong password");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the sign-in page again, with its error
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], [token.StatusCode, slashed.StatusCode]);
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains("Slow down", await fourth.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
