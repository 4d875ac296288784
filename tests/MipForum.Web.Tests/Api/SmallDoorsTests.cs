using System.Net;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

/// <summary>Odd values that used to reach a Location header raw: they now fall back to a safe one.</summary>
public sealed class SmallDoorsTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Theory]
    [InlineData("%2Ft%2Fcaf%C3%A9")]
    [InlineData("%2Fx%0D%0ASet-Cookie%3A%20a%3Db")]
    [InlineData("%2F%2Fevil.example")]
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
}
