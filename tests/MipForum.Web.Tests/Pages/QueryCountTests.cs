using Microsoft.Extensions.DependencyInjection;
using MipForum.Infrastructure.Caching;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>Pages are fast by construction: a fixed, small number of queries whatever the number of rows shown.</summary>
public sealed class QueryCountTests(CountingFactory forum) : IClassFixture<CountingFactory>
{
    [Theory]
    [InlineData("/", 3)] // categories (filter bar), count, page
    [InlineData("/proposals", 3)] // counts per status, count, page
    [InlineData("/proposals/MIP41", 7)] // proposal, children, threads, timeline, related, link history, polls (+1 for a signed-in reader: their roles)
    [InlineData("/proposals/MIP41c5", 8)] // a component: the same seven, and its annexes
    public async Task ShouldUseFixedNumberOfQueriesWhenRenderingListPages(string url, int expected)
    {
        var client = forum.CreateClient();
        await client.GetDocumentAsync(url);

        forum.Commands.Reset();
        await client.GetDocumentAsync(url);

        Assert.Equal(expected, forum.Commands.Count);
    }

    [Fact]
    public async Task ShouldUseEightQueriesWhenRenderingAProposalThreadOfFifteenPosts()
    {
        var client = forum.CreateClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);

        // The first read of the page: nothing kept from another test's read (ThreadPageCache).
        forum.Services.GetRequiredService<ThreadPageCache>().Evict(new HashSet<string> { PageCacheTags.Everything });
        forum.Commands.Reset();
        var page = await client.GetDocumentAsync($"/t/{DemoThreads.OffboardingSlug}/{id}");

        Assert.Equal(15, page.QuerySelectorAll("article.post").Length);

        // Header, posts, likes of the page's posts, replies to them, (this thread discusses a proposal) the proposal's
        // moves and edits in the page's time span, which of the page's authors are delegates (two more when one is), and
        // for the polls panel the thread's lock and proposal authors, and its polls — the same eight for 1 post or 50.
        Assert.Equal(8, forum.Commands.Count);
    }

    [Fact]
    public async Task ShouldCostASignedInReaderThreeQueriesOnTheKeptRowsWhateverTheirPostActions()
    {
        var client = forum.CreateClient();
        var id = await DemoThreads.OffboardingThreadIdAsync(client);
        var thread = $"/t/{DemoThreads.OffboardingSlug}/{id}";
        await client.SignInWithFormAsync("lena.v", ForumClient.DemoPassword);
        await client.GetDocumentAsync("/");
        await client.GetDocumentAsync(thread);

        // What any page costs a signed-in member beyond an anonymous reader ("/" takes 3): the bell's unread count, and
        // the reader's own row, which the bell's permission check reads.
        forum.Commands.Reset();
        await client.GetDocumentAsync("/");
        Assert.Equal(3 + 2, forum.Commands.Count);

        forum.Commands.Reset();
        var page = await client.GetDocumentAsync(thread);

        // The moderator may act on the posts (Moderate, Flag, Like): worked out from the page's rows and polls, kept since
        // the first read (ThreadPageCache). The reader's row is read once for the whole request (RequestReaderMemo),
        // though the thread, its polls panel ("New poll") and the bell each ask for it; then what they liked, flagged or
        // appealed on the page, and the bell's count. Never a query per post.
        Assert.Equal(15, page.QuerySelectorAll("article.post").Length);
        Assert.True(page.QuerySelectorAll("a.post__moderate").Length > 1);
        Assert.Equal(3, forum.Commands.Count);
    }
}
