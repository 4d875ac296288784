using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using MipForum.Web.Errors;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Errors;

/// <summary>
/// Answers the framework writes, not an exception (an unknown API address, a refused sign-in, a rate limit, a bad
/// token), carry the same problem shape as the forum's refusals: the type and remedy from <see cref="ErrorTable"/>.
/// </summary>
public sealed class FrameworkAnswersTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class OneSignInFactory : ForumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Forum:RateLimits:Auth:PermitLimit", "1");
            builder.UseSetting("Forum:RateLimits:Auth:WindowSeconds", "600");
        }
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string kind, string remedy)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((ErrorTable.TypeOf(kind), (int)status, remedy), (problem.GetProperty("type").GetString(), problem.GetProperty("status").GetInt32(), problem.GetProperty("remedy").GetString()));
        return problem;
    }

    [Fact]
    public async Task ShouldAnswerAnUnknownApiAddressWithNotFoundProblemDetailsNotThePage()
    {
        var response = await forum.CreateClient().GetAsync("/api/v2/threads", Ct);

        await ProblemAsync(response, HttpStatusCode.NotFound, "not-found", "none");
    }

    [Fact]
    public async Task ShouldAnswerAnUnknownPostThroughTheApiWithTheTablesNotFound()
    {
        var response = await forum.CreateClient().GetAsync("/api/v1/posts/999999/revisions", Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound, "not-found", "none");
        Assert.Contains("999999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswerAWrongPasswordWithASignInProblem()
    {
        var response = await forum.CreateClient().RequestTokenAsync("amelie.r", "not the password");

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized, "not-signed-in", "sign-in");
        Assert.Equal("The user name or password is not right.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ShouldAnswerTheRateLimitWithTooFastAndWhenToRetry()
    {
        await using var tight = new OneSignInFactory();
        var client = tight.CreateClient();
        await client.RequestTokenAsync("amelie.r", "not the password");

        var response = await client.RequestTokenAsync("amelie.r", "not the password");

        var problem = await ProblemAsync(response, HttpStatusCode.TooManyRequests, "too-fast", "retry");
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(seconds, problem.GetProperty("retryAfter").GetInt32());
    }

    [Fact]
    public async Task ShouldAnswerAWrongMethodOnAKnownAddressWith405AndAllowNotNotFound()
    {
        var response = await forum.CreateClient().DeleteAsync("/api/v1/polls", Ct);

        await ProblemAsync(response, HttpStatusCode.MethodNotAllowed, "method-not-allowed", "fix-input");
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task ShouldAnswerABodyThatIsNotJsonWith415()
    {
        var client = forum.CreateClient();
        var token = await client.TokenAsync("tkdev", ForumClient.DemoPassword);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/preview") { Content = new StringContent("{\"raw\":\"hi\"}", System.Text.Encoding.UTF8, "text/plain") };

        var response = await client.SendAsync(request.WithBearer(token), Ct);

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type", "fix-input");
    }

    [Fact]
    public async Task ShouldAskAnAnonymousPollCreatorToSignInBeforeJudgingTheirInput()
    {
        var response = await forum.CreateClient().PostAsJsonAsync("/api/v1/threads/1/polls", new { }, Ct);

        await ProblemAsync(response, HttpStatusCode.Unauthorized, "not-signed-in", "sign-in");
    }
}
