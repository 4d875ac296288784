using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

public sealed class AuthApiTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldRegisterThenIssueTokenThenKnowTheCallerWhenUsingTheApi()
    {
        var client = forum.CreateClient();

        var created = await client.PostAsJsonAsync("/api/v1/auth/register", new { userName = "api.user", email = "api.user@example.org", password = "an api user password" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/users/api.user", created.Headers.Location?.ToString());
        var tokenResponse = await client.RequestTokenAsync("api.user@example.org", "an api user password");
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.True(token.GetProperty("expiresIn").GetInt32() > 0);
        var me = await client.SendAsync(HttpMethod.Get, "/api/v1/me", null, token.GetProperty("accessToken").GetString());
        var json = await me.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("api.user", json.GetProperty("userName").GetString());
        Assert.Equal("api.user@example.org", json.GetProperty("email").GetString());
        Assert.Equal(["Contributor"], json.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ShouldAnswerFieldErrorsWhenRegistrationIsInvalid()
    {
        var response = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { userName = "bad name\n", email = "nope", password = "short" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("userName", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task ShouldAnswerTheSameWhenUserIsUnknownOrPasswordWrong()
    {
        var client = forum.CreateClient();

        var unknown = await client.RequestTokenAsync("no.such.user", "whatever password");
        var wrong = await client.RequestTokenAsync("amelie.r", "not the password");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var unknownBody = await unknown.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var wrongBody = await wrong.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(unknownBody.GetProperty("detail").GetString(), wrongBody.GetProperty("detail").GetString());
        Assert.Equal(unknownBody.GetProperty("title").GetString(), wrongBody.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ShouldAnswerUnauthorizedWhenMeIsAskedAnonymously()
    {
        var response = await forum.CreateClient().GetAsync("/api/v1/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task ShouldRejectAForgedOrExpiredLookingToken()
    {
        var response = await forum.CreateClient().SendAsync(HttpMethod.Get, "/api/v1/me", null, "not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ShouldChangeRolesOnlyWhenCallerIsAdmin()
    {
        var client = forum.CreateClient();
        var admin = await client.TokenAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        var contributor = await client.TokenAsync("wei_chen", ForumClient.DemoPassword);

        var anonymous = await client.SendAsync(HttpMethod.Put, "/api/v1/users/funmi.o/roles", new { roles = new[] { "Moderator" } });
        var forbidden = await client.SendAsync(HttpMethod.Put, "/api/v1/users/funmi.o/roles", new { roles = new[] { "Moderator" } }, contributor);
        var allowed = await client.SendAsync(HttpMethod.Put, "/api/v1/users/funmi.o/roles", new { roles = new[] { "Moderator" } }, admin);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var profile = await client.GetFromJsonAsync<JsonElement>("/api/v1/users/funmi.o", TestContext.Current.CancellationToken);
        Assert.Equal(["Contributor", "Moderator"], profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ShouldRefuseCookieApiWritesWithoutAntiforgeryToken()
    {
        var browser = forum.CreateBrowserlessClient();
        var signedIn = await browser.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var read = await browser.GetAsync("/api/v1/me", TestContext.Current.CancellationToken);
        var forged = await browser.SendAsync(HttpMethod.Put, "/api/v1/users/tkdev/roles", new { roles = new[] { "Admin" } });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var profile = await browser.GetFromJsonAsync<JsonElement>("/api/v1/users/tkdev", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Admin", profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        // With the page's antiforgery token, the same cookie-authenticated write is accepted.
        var token = (await browser.GetDocumentAsync("/account/password")).AntiforgeryToken();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/users/tkdev/roles") { Content = JsonContent.Create(new { roles = new[] { "Facilitator" } }) };
        request.Headers.Add("RequestVerificationToken", token);
        var accepted = await browser.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}
