using System.Net;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>A silenced member is told on every page, with the end date, before they write something that would be refused.</summary>
public sealed class SilenceBannerTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldTellASilencedMemberOnEveryPageUntilWhen()
    {
        var api = forum.CreateClient();
        var moderator = await api.TokenAsync("lena.v", ForumClient.DemoPassword);
        var until = DateTimeOffset.UtcNow.AddDays(3);
        var silenced = await api.SendAsync(HttpMethod.Post, "/api/v1/users/funmi.o/silence", new { until, reason = "Cooling off." }, moderator);
        Assert.Equal(HttpStatusCode.NoContent, silenced.StatusCode);
        var browser = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInWithFormAsync("funmi.o", ForumClient.DemoPassword)).StatusCode);

        foreach (var page in new[] { "/", "/proposals" })
        {
            var banner = (await browser.GetDocumentAsync(page)).QuerySelector(".silence-banner");

            Assert.NotNull(banner);
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"You are silenced until {until.UtcDateTime:d MMM yyyy, HH:mm} UTC"), banner.TextContent, StringComparison.Ordinal);
        }

        var other = forum.CreateBrowserlessClient();
        await other.SignInWithFormAsync("tkdev", ForumClient.DemoPassword);
        Assert.Null((await other.GetDocumentAsync("/")).QuerySelector(".silence-banner"));
    }

    [Fact]
    public async Task ShouldOfferNoComposerToASilencedMemberWhoseReplyWouldBeRefused()
    {
        var api = forum.CreateClient();
        var moderator = await api.TokenAsync("lena.v", ForumClient.DemoPassword);
        var silenced = await api.SendAsync(HttpMethod.Post, "/api/v1/users/wei_chen/silence", new { until = DateTimeOffset.UtcNow.AddDays(1), reason = "Cooling off." }, moderator);
        Assert.Equal(HttpStatusCode.NoContent, silenced.StatusCode);
        var thread = $"/t/{DemoThreads.OffboardingSlug}/{await DemoThreads.OffboardingThreadIdAsync(api)}";
        var browser = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInWithFormAsync("wei_chen", ForumClient.DemoPassword)).StatusCode);

        var page = await browser.GetDocumentAsync(thread);

        Assert.Null(page.QuerySelector("#composer-text"));
        Assert.Contains("You cannot reply here at the moment", page.QuerySelector("#composer")!.TextContent, StringComparison.Ordinal);
        var other = forum.CreateBrowserlessClient();
        await other.SignInWithFormAsync("tkdev", ForumClient.DemoPassword);
        Assert.NotNull((await other.GetDocumentAsync(thread)).QuerySelector("#composer-text"));
    }
}
