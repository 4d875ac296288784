using System.Net;
using System.Net.Http.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

/// <summary>Odd values that used to reach a Location header raw: they now fall back to a safe one.</summary>
public sealed class SmallDoorsTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Theory]
    [InlineData("%2Ft%2Fcaf%C3%A9")]
    [InlineData("%2Fx%0D%0ASet-Cookie%3A%20a%3Db")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("%2Ft%2F..%2F%2Fevil.example")]
    [InlineData("%2F.%2F%2Fevil.example")]
    [InlineData("%2F%5C%5Cevil.example")]
    public async Task ShouldSendToTheHomePageWhenTheReturnUrlIsNotAPlainLocalPath(string returnUrl)
    {
        var browser = forum.CreateBrowserlessClient();

        var response = await browser.SubmitFormAsync($"/account/login?returnUrl={returnUrl}", "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "sato-k",
            ["Input.Password"] = ForumClient.DemoPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.LocalRedirect());
    }

    [Fact]
    public async Task ShouldAnswerWithTheCanonicalCodeWhenTheRouteValueCarriesALineBreak()
    {
        var client = forum.CreateClient();
        var admin = await client.TokenAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);

        var linked = await client.SendAsync(HttpMethod.Post, "/api/v1/proposals/MIP41%0D%0A/links", new { otherCode = "MIP41c5-SP2", relation = "related" }, admin);

        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        Assert.Equal("/api/v1/proposals/MIP41", linked.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/t/1")]
    public async Task ShouldRedirectWithAPathWhenTheHostHeaderNamesAnotherSite(string url)
    {
        var client = forum.CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode is >= 300 and < 400, $"{url} answered {response.StatusCode}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldSignInAndRedirectWithAPathWhenTheHostHeaderNamesAnotherSite()
    {
        var browser = forum.CreateBrowserlessClient();
        browser.DefaultRequestHeaders.Host = "evil.example";

        var response = await browser.SignInWithFormAsync("sato-k", ForumClient.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/api/v1/proposals?status=-1")]
    [InlineData("/api/v1/proposals?status=1")]
    [InlineData("/api/v1/proposals?kind=0")]
    [InlineData("/api/v1/threads?status=3")]
    [InlineData("/api/v1/threads?sort=1")]
    public async Task ShouldRefuseAnEnumGivenByNumberInTheQuery(string url)
    {
        var response = await forum.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ShouldStillAcceptEnumsByNameInTheQuery()
    {
        var client = forum.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/proposals?status=formal-submission", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/threads?status=rfc&sort=created", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    public async Task ShouldRefuseAMoveWhoseTargetIsANumber(string to)
    {
        var client = forum.CreateClient();
        var admin = await client.TokenAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);

        var moved = await client.SendAsync(HttpMethod.Post, "/api/v1/proposals/MIP41c5-SP2/transitions", new { to, reason = "A number is not a status.", @override = true }, admin);

        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        var proposal = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/proposals/MIP41c5-SP2", TestContext.Current.CancellationToken);
        Assert.NotEqual("accepted", proposal.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("0")]
    public async Task ShouldRefuseAFlagReasonGivenByNumber(string reason)
    {
        var client = forum.CreateClient();
        var token = await client.TokenAsync("funmi.o", ForumClient.DemoPassword);
        var thread = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/threads?sort=created", TestContext.Current.CancellationToken);
        var threadId = thread.GetProperty("items")[0].GetProperty("id").GetInt32();
        var posts = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/threads/{threadId}", TestContext.Current.CancellationToken);
        var postId = posts.GetProperty("posts").GetProperty("items")[0].GetProperty("id").GetInt32();

        var flagged = await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{postId}/flags", new { reason }, token);

        Assert.Equal(HttpStatusCode.BadRequest, flagged.StatusCode);
    }

    [Fact]
    public async Task ShouldRegisterOneMemberWhenTheSameNameIsRegisteredManyTimesAtOnce()
    {
        var client = forum.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            client.PostAsJsonAsync("/api/v1/auth/register", new { userName = "racer.one", email = $"racer{i}@example.org", password = "a racing long password" }, TestContext.Current.CancellationToken)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(11, answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest));
    }
}
