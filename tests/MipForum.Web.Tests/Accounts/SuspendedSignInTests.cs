using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

/// <summary>A suspended member is told so, and until when, once their password was right; never before.</summary>
public sealed class SuspendedSignInTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldSaySuspendedUntilWhenOnlyWhenThePasswordIsRight()
    {
        var client = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var lena = await client.TokenAsync("lena.v", ForumClient.DemoPassword);
        // Within the longest sanction (ten years, Member.LongestSanction), on a fixed day the message can be checked against.
        var year = DateTime.UtcNow.Year + 2;
        var until = new DateTimeOffset(year, 3, 1, 9, 30, 0, TimeSpan.Zero);
        var suspended = await client.SendAsync(HttpMethod.Post, "/api/v1/users/funmi.o/suspend", new { until, reason = "Cooling off after the vote" }, lena);
        Assert.Equal(HttpStatusCode.NoContent, suspended.StatusCode);

        var browser = forum.CreateBrowserlessClient();
        var right = await Html.ParseAsync(await browser.SignInWithFormAsync("funmi.o", ForumClient.DemoPassword));
        var wrong = await Html.ParseAsync(await browser.SignInWithFormAsync("funmi.o", "not the password"));
        var tokenRight = await client.RequestTokenAsync("funmi.o", ForumClient.DemoPassword);
        var tokenWrong = await client.RequestTokenAsync("funmi.o", "not the password");

        Assert.Equal($"This account is suspended until 1 March {year}, 09:30 UTC. You can read the forum without signing in.", right.QuerySelector(".form-error").Text());
        Assert.Equal("The user name or password is not right.", wrong.QuerySelector(".form-error").Text());
        Assert.Equal(HttpStatusCode.Forbidden, tokenRight.StatusCode);
        Assert.Contains($"suspended until 1 March {year}", (await tokenRight.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, tokenWrong.StatusCode);
        Assert.Null(right.QuerySelector(".account-menu__me"));
    }
}
