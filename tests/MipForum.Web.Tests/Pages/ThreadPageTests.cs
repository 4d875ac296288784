using System.Net;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

public sealed class ThreadPageTests(ForumWebFactory forum)
{
    [Fact]
    public async Task ShouldRenderPostsWithAuthorTimeAndReplyToWhenOpened()
    {
        var client = forum.CreateClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);

        var page = await client.GetDocumentAsync($"/t/{DemoThreads.OffboardingSlug}/{id}");

        Assert.Equal(DemoThreads.OffboardingTitle, page.QuerySelector("h1").Text());
        Assert.Equal("MIP41c5-SP2", page.QuerySelector(".thread-header .proposal-chip").Text());
        var posts = page.QuerySelectorAll("article.post");
        Assert.Equal(15, posts.Length);
        var first = posts[0];
        Assert.False(string.IsNullOrEmpty(first.QuerySelector(".post__author").Text()));
        Assert.NotNull(first.QuerySelector(".post__number time[datetime][title]"));
        Assert.NotNull(first.QuerySelector(".cooked h2, .cooked h3"));
        Assert.Contains(posts, p => p.QuerySelector(".post__reply-to").Text().StartsWith("in reply to #", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.QuerySelector(".cooked blockquote") is not null);
        Assert.Contains(posts, p => p.QuerySelector(".cooked table") is not null);
        Assert.Contains(posts, p => p.QuerySelector(".cooked").Text().Contains('é', StringComparison.Ordinal));
        Assert.Contains(posts, p => p.QuerySelector(".cooked").Text().Contains("🎉", StringComparison.Ordinal) || p.QuerySelector(".cooked").Text().Contains("👍", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldRedirectToCanonicalUrlWhenSlugIsWrong()
    {
        var client = forum.CreateBrowserlessClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);

        var response = await client.GetAsync($"/t/some-old-title/{id}", TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.MovedPermanently or HttpStatusCode.TemporaryRedirect);
        Assert.EndsWith($"/t/{DemoThreads.OffboardingSlug}/{id}", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRedirectPermanentlyWhenShortLinkIsUsed()
    {
        var client = forum.CreateBrowserlessClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);

        var response = await client.GetAsync($"/t/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/t/{DemoThreads.OffboardingSlug}/{id}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task ShouldOpenThePageHoldingAPostWhenAskedForItsNumber()
    {
        var client = forum.CreateBrowserlessClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);

        var response = await client.GetAsync($"/t/{DemoThreads.OffboardingSlug}/{id}?post=12", TestContext.Current.CancellationToken);

        Assert.Equal($"/t/{DemoThreads.OffboardingSlug}/{id}#post-12", response.Headers.Location?.OriginalString); // a path, never the request host
    }

    [Fact]
    public async Task ShouldRedirectToThePostWhenAQuoteLinkIsFollowed()
    {
        var client = forum.CreateBrowserlessClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);

        var response = await client.GetAsync($"/t/{id}/posts/12", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/t/{DemoThreads.OffboardingSlug}/{id}#post-12", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/t/999999/posts/1")]
    [InlineData("/t/no-such-thread/999999")]
    [InlineData("/t/999999")]
    [InlineData("/no/such/page")]
    public async Task ShouldShowNotFoundPageWhenThreadDoesNotExist(string url)
    {
        var response = await forum.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1").Text());
    }
}
