using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using MipForum.Web.Errors;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Errors;

/// <summary>A write that lost every race: 503 with Retry-After and "retry" on the API; the page says try again.</summary>
public sealed class BusyDoorsTests(BusyDoorsTests.BusyForumFactory forum) : IClassFixture<BusyDoorsTests.BusyForumFactory>
{
    public sealed class BusyForumFactory : ForumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => BusyCooker.Register(services, new BusyCooker.Budget()));
        }
    }

    [Fact]
    public async Task ShouldAnswer503WithRetryAfterAndRetryWhenTheThreadIsBusy()
    {
        var client = forum.CreateClient();
        var amelie = await client.TokenAsync("amelie.r", ForumClient.DemoPassword);
        var threadId = await DemoThreads.OffboardingThreadIdAsync(client);

        var busy = await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/posts", new { body = $"A reply at a busy moment {BusyCooker.Marker}" }, amelie);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), busy.Headers.RetryAfter?.Delta);
        var problem = await busy.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(ErrorTable.TypeOf("busy"), problem.GetProperty("type").GetString());
        Assert.Equal("retry", problem.GetProperty("remedy").GetString());
        Assert.Equal(1, problem.GetProperty("retryAfter").GetInt32());
    }

    [Fact]
    public async Task ShouldSayTryAgainAndKeepTheTextWhenStartingAThreadAtABusyMoment()
    {
        var browser = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInWithFormAsync("amelie.r", ForumClient.DemoPassword)).StatusCode);

        var response = await browser.SubmitFormAsync("/new-thread", "new-thread", new Dictionary<string, string>
        {
            ["Input.Title"] = "A thread started at a busy moment",
            ["Input.Category"] = "general",
            ["Input.Body"] = $"Its first post {BusyCooker.Marker}",
        });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("try again", page.QuerySelector(".form-error[data-remedy=retry]").Text(), StringComparison.Ordinal);
        Assert.Equal($"Its first post {BusyCooker.Marker}", page.QuerySelector("#thread-body")?.TextContent);
    }
}
