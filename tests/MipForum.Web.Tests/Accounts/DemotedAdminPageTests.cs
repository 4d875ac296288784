using System.Net;
using System.Net.Http.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

public sealed class DemotedAdminPageTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldAnswerForbiddenNotAnErrorWhenADemotedAdminsCookieStillNamesTheRole()
    {
        var api = forum.CreateClient();
        var created = await api.PostAsJsonAsync("/api/v1/auth/register", new { userName = "was.admin", email = "was.admin@example.org", password = "a long enough password" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var root = await api.TokenAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        await api.SendAsync(HttpMethod.Put, "/api/v1/users/was.admin/roles", new { roles = new[] { "Admin" } }, root);
        var browser = forum.CreateBrowserlessClient();
        await browser.SignInWithFormAsync("was.admin", "a long enough password");

        // The cookie is re-checked only every Forum:Auth:RevalidateMinutes (1); until then it still says Admin.
        await api.SendAsync(HttpMethod.Put, "/api/v1/users/was.admin/roles", new { roles = Array.Empty<string>() }, root);
        var page = await browser.GetAsync("/admin/users", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Not allowed", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
