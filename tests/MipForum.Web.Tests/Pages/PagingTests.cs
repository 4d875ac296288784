using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

public sealed class PagingTests(SmallPagesFactory forum) : IClassFixture<SmallPagesFactory>
{
    [Fact]
    public async Task ShouldPageThreadListWhenMoreThreadsThanPageSize()
    {
        var client = forum.CreateClient();

        var first = await client.GetDocumentAsync("/");
        var second = await client.GetDocumentAsync("/?page=2");

        Assert.Equal(2, first.QuerySelectorAll(".thread-row").Length);
        Assert.Equal("/?page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("Page 2 of 3", second.QuerySelector(".pager__status").Text());
        var firstTitles = first.QuerySelectorAll(".thread-row__title").Select(a => a.Text());
        Assert.DoesNotContain(second.QuerySelectorAll(".thread-row__title").Select(a => a.Text()), firstTitles.Contains);
    }

    [Fact]
    public async Task ShouldShowPostsOfThatPageWhenThreadIsLong()
    {
        var client = forum.CreateClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);
        var url = $"/t/{DemoThreads.OffboardingSlug}/{id}";

        var first = await client.GetDocumentAsync(url);
        var third = await client.GetDocumentAsync($"{url}?page=3");

        Assert.Equal(["post-1", "post-2", "post-3", "post-4", "post-5"], first.QuerySelectorAll("article.post").Select(a => a.Id));
        Assert.Equal(["post-11", "post-12", "post-13", "post-14", "post-15"], third.QuerySelectorAll("article.post").Select(a => a.Id));
        Assert.Equal($"{url}?page=2", third.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("Page 3 of 3", third.QuerySelector(".pager__status").Text());
    }

    [Fact]
    public async Task ShouldAnswerNotFoundWhenThreadPageIsBeyondTheLast()
    {
        var client = forum.CreateClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);

        var response = await client.GetAsync($"/t/{DemoThreads.OffboardingSlug}/{id}?page=9", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
