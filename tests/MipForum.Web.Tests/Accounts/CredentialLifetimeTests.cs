using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

/// <summary>The demo forum with an operator's admin, re-checking credentials on every request (Forum:Auth:RevalidateMinutes 0).</summary>
public sealed class CheckEveryRequestFactory : ForumWebFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Forum:Admin:UserName"] = AccountsFactory.AdminName,
        ["Forum:Admin:Email"] = "root@example.org",
        ["Forum:Admin:Password"] = AccountsFactory.AdminPassword,
        ["Forum:Auth:RevalidateMinutes"] = "0",
    };
}

public sealed class CredentialLifetimeTests(CheckEveryRequestFactory forum) : IClassFixture<CheckEveryRequestFactory>
{
    private const string Password = "a first long password";

    [Fact]
    public async Task ShouldRefuseAnOldTokenWhenThePasswordChanged()
    {
        var client = forum.CreateClient();
        await RegisterAsync(client, "changes.password");
        var oldToken = await client.TokenAsync("changes.password", Password);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, "/api/v1/me", null, oldToken)).StatusCode);

        var browser = forum.CreateBrowserlessClient();
        await browser.SignInWithFormAsync("changes.password", Password);
        var changed = await browser.SubmitFormAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Password,
            ["Input.NewPassword"] = "a second long password",
            ["Input.ConfirmPassword"] = "a second long password",
        });
        Assert.True(changed.IsSuccessStatusCode || changed.StatusCode == HttpStatusCode.Redirect, $"password change answered {changed.StatusCode}");

        var read = await client.SendAsync(HttpMethod.Get, "/api/v1/me", null, oldToken);
        var post = await client.SendAsync(HttpMethod.Post, "/api/v1/threads", new { title = "Still me after the password change", body = "An old token should not post this.", category = "general" }, oldToken);

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, "/api/v1/me", null, await client.TokenAsync("changes.password", "a second long password"))).StatusCode);
    }

    [Fact]
    public async Task ShouldRefuseADemotedAdminsOldTokenOnTheApiAndOnAdminPages()
    {
        var client = forum.CreateBrowserlessClient();
        await RegisterAsync(client, "brief.admin");
        var root = await client.TokenAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, "/api/v1/users/brief.admin/roles", new { roles = new[] { "Admin" } }, root)).StatusCode);
        var adminToken = await client.TokenAsync("brief.admin", Password);
        Assert.Equal(HttpStatusCode.OK, (await PageAsync(client, "/admin/users", adminToken)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, "/api/v1/users/brief.admin/roles", new { roles = Array.Empty<string>() }, root)).StatusCode);
        var api = await client.SendAsync(HttpMethod.Put, "/api/v1/users/funmi.o/roles", new { roles = new[] { "Admin" } }, adminToken);
        var page = await PageAsync(client, "/admin/users", adminToken);

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        var profile = await client.GetFromJsonAsync<JsonElement>("/api/v1/users/funmi.o", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Admin", profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ShouldRefuseATokenWhenTheMemberIsSilencedOrSuspended()
    {
        var client = forum.CreateClient();
        await RegisterAsync(client, "gets.silenced");
        var token = await client.TokenAsync("gets.silenced", Password);
        var moderator = await client.TokenAsync("lena.v", ForumClient.DemoPassword);

        var silenced = await client.SendAsync(HttpMethod.Post, "/api/v1/users/gets.silenced/silence", new { until = DateTimeOffset.UtcNow.AddDays(3), reason = "Cooling off." }, moderator);

        Assert.Equal(HttpStatusCode.NoContent, silenced.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Get, "/api/v1/me", null, token)).StatusCode);
    }

    [Fact]
    public async Task ShouldIssueAWorkingTokenForARefreshTokenUntilTheMemberIsSuspended()
    {
        var client = forum.CreateClient();
        await RegisterAsync(client, "refreshes");
        var issued = await (await client.RequestTokenAsync("refreshes", Password)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var refreshToken = issued.GetProperty("refreshToken").GetString()!;

        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var fresh = await refreshed.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var me = await client.SendAsync(HttpMethod.Get, "/api/v1/me", null, fresh.GetProperty("accessToken").GetString());
        Assert.Equal("refreshes", (await me.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("userName").GetString());

        var moderator = await client.TokenAsync("lena.v", ForumClient.DemoPassword);
        var suspended = await client.SendAsync(HttpMethod.Post, "/api/v1/users/refreshes/suspend", new { until = DateTimeOffset.UtcNow.AddDays(1), reason = "Spam." }, moderator);
        Assert.Equal(HttpStatusCode.NoContent, suspended.StatusCode);
        var afterSuspension = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, afterSuspension.StatusCode);
    }

    [Fact]
    public async Task ShouldRefuseARefreshTokenIssuedBeforeAPasswordChange()
    {
        var client = forum.CreateClient();
        await RegisterAsync(client, "refresh.then.change");
        var issued = await (await client.RequestTokenAsync("refresh.then.change", Password)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var refreshToken = issued.GetProperty("refreshToken").GetString()!;
        var browser = forum.CreateBrowserlessClient();
        await browser.SignInWithFormAsync("refresh.then.change", Password);
        await browser.SubmitFormAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Password,
            ["Input.NewPassword"] = "a changed long password",
            ["Input.ConfirmPassword"] = "a changed long password",
        });
        Assert.Equal(HttpStatusCode.OK, (await client.RequestTokenAsync("refresh.then.change", "a changed long password")).StatusCode);

        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
    }

    [Fact]
    public async Task ShouldRefuseARefreshTokenIssuedBeforeARoleChange()
    {
        var client = forum.CreateClient();
        await RegisterAsync(client, "loses.a.role");
        var root = await client.TokenAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, "/api/v1/users/loses.a.role/roles", new { roles = new[] { "Facilitator" } }, root)).StatusCode);
        var issued = await (await client.RequestTokenAsync("loses.a.role", Password)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, "/api/v1/users/loses.a.role/roles", new { roles = Array.Empty<string>() }, root)).StatusCode);
        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = issued.GetProperty("refreshToken").GetString() }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Get, "/api/v1/me", null, issued.GetProperty("accessToken").GetString())).StatusCode);
    }

    [Fact]
    public async Task ShouldAnswerBadRequestWhenTheRefreshTokenIsMissingAndUnauthorizedWhenForged()
    {
        var client = forum.CreateClient();

        var missing = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { }, TestContext.Current.CancellationToken);
        var forged = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "CfDJ8-not-a-token" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    private static async Task RegisterAsync(HttpClient client, string userName)
    {
        var created = await client.PostAsJsonAsync("/api/v1/auth/register", new { userName, email = $"{userName}@example.org", password = Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static async Task<HttpResponseMessage> PageAsync(HttpClient client, string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url).WithBearer(token);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
