using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>The RSS feeds: well-formed RSS 2.0 with absolute links, only what anyone may read, and 404 for what is not there.</summary>
public sealed class FeedTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<XElement> ChannelAsync(string url)
    {
        var response = await forum.CreateClient().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!;
        Assert.Equal(("rss", "2.0"), (rss.Name.LocalName, rss.Attribute("version")?.Value));
        return rss.Element("channel")!;
    }

    private static IReadOnlyList<(string Title, string Link, string Description, string Guid)> Items(XElement channel) =>
        channel.Elements("item").Select(i => (i.Element("title")!.Value, i.Element("link")!.Value, i.Element("description")?.Value ?? string.Empty, i.Element("guid")!.Value)).ToList();

    [Fact]
    public async Task ShouldListTheNewestThreadsWithAbsoluteLinksAndTheirFirstPostsText()
    {
        var channel = await ChannelAsync("/latest.rss");

        var items = Items(channel);
        Assert.Equal("MipForum: latest threads", channel.Element("title")!.Value);
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.StartsWith("http://localhost/t/", i.Link, StringComparison.Ordinal));
        var offboarding = Assert.Single(items, i => i.Title.StartsWith("MIP41c5-SP2", StringComparison.Ordinal));
        Assert.Contains("<p>", offboarding.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", offboarding.Description, StringComparison.Ordinal); // links inside the text are absolute too
        Assert.Contains("href=\"http://localhost/u/", offboarding.Description, StringComparison.Ordinal);
        Assert.Equal(items.Count, items.Select(i => i.Guid).Distinct().Count());
    }

    [Fact]
    public async Task ShouldLeaveARemovedPostOutOfTheThreadsAndTheAuthorsFeeds()
    {
        var api = forum.CreateClient();
        var threadId = await DemoThreads.OffboardingThreadIdAsync(api);
        var wei = await api.TokenAsync("wei_chen", ForumClient.DemoPassword);
        async Task<int> ReplyAsync(string body)
        {
            var reply = await api.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/posts", new { body }, wei);
            Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
            return (await reply.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        }

        await ReplyAsync("A reply for the feed that stays.");
        var removed = await ReplyAsync("A reply for the feed that a moderator removes.");
        var moderated = await api.SendAsync(HttpMethod.Post, $"/api/v1/posts/{removed}/delete", new { reason = "Off topic" }, await api.TokenAsync("lena.v", ForumClient.DemoPassword));
        Assert.Equal(HttpStatusCode.NoContent, moderated.StatusCode);

        foreach (var feed in new[] { $"/t/{threadId}.rss", "/u/wei_chen.rss" })
        {
            var channel = await ChannelAsync(feed);
            var creators = channel.Elements("item").Select(i => i.Element(XName.Get("creator", "http://purl.org/dc/elements/1.1/"))?.Value).ToList();
            Assert.All(creators, c => Assert.False(string.IsNullOrEmpty(c)));
            if (feed.StartsWith("/u/", StringComparison.Ordinal))
            {
                Assert.All(creators, c => Assert.Equal("陈伟 (Wei Chen)", c));
            }

            var items = Items(channel);
            Assert.Contains(items, i => i.Description.Contains("A reply for the feed that stays.", StringComparison.Ordinal));
            Assert.DoesNotContain(items, i => i.Description.Contains("a moderator removes", StringComparison.Ordinal));
            Assert.DoesNotContain(items, i => i.Guid == $"post-{removed}");
        }
    }

    [Fact]
    public async Task ShouldListNewProposalsAndStatusChanges()
    {
        var items = Items(await ChannelAsync("/proposals.rss"));

        Assert.Contains(items, i => i.Title.StartsWith("MIP41c5-SP2: Facilitator Offboarding (RWF-001)", StringComparison.Ordinal) && i.Link == "http://localhost/proposals/MIP41c5-SP2");
        Assert.All(items, i => Assert.StartsWith("transition-", i.Guid, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/c/no-such-category.rss")]
    [InlineData("/t/999999.rss")]
    [InlineData("/u/nobody-here.rss")]
    public async Task ShouldAnswerNotFoundForAFeedOfNothing(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await forum.CreateClient().GetAsync(url, Ct)).StatusCode);

    [Fact]
    public async Task ShouldPointEachPageAtItsFeed()
    {
        var client = forum.CreateClient();
        var threadId = await DemoThreads.OffboardingThreadIdAsync(client);

        Assert.Equal("/latest.rss", (await client.GetDocumentAsync("/")).QuerySelector("link[rel=alternate][type='application/rss+xml']")?.GetAttribute("href"));
        Assert.Equal($"/t/{threadId}.rss", (await client.GetDocumentAsync($"/t/{DemoThreads.OffboardingSlug}/{threadId}")).QuerySelector("link[rel=alternate]")?.GetAttribute("href"));
        Assert.Equal("/proposals.rss", (await client.GetDocumentAsync("/proposals")).QuerySelector("link[rel=alternate]")?.GetAttribute("href"));
        Assert.Equal("/u/lena.v.rss", (await client.GetDocumentAsync("/u/lena.v")).QuerySelector("link[rel=alternate]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ShouldDescribeThreadsProposalsAndProfilesForLinkPreviewsAlongsideTheirFeed()
    {
        var client = forum.CreateClient();
        var threadId = await DemoThreads.OffboardingThreadIdAsync(client);

        var thread = await client.GetDocumentAsync($"/t/{DemoThreads.OffboardingSlug}/{threadId}");
        var proposal = await client.GetDocumentAsync("/proposals/MIP41c5-SP2");
        var profile = await client.GetDocumentAsync("/u/lena.v");

        Assert.Equal("MIP41c5-SP2: Facilitator Offboarding (RWF-001)", thread.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.StartsWith("A discussion in ", thread.QuerySelector("meta[name=description]")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal($"http://localhost/t/{DemoThreads.OffboardingSlug}/{threadId}", thread.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.NotNull(thread.QuerySelector("link[rel=alternate]")); // both in the one head section
        Assert.StartsWith("Proposes offboarding sato-k", proposal.QuerySelector("meta[property='og:description']")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("profile", profile.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task ShouldListThreadsAndProposalsInTheSitemapAndNameItInRobots()
    {
        var client = forum.CreateClient();

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml", Ct));
        var robots = await client.GetStringAsync("/robots.txt", Ct);

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/proposals/MIP41c5-SP2", locations);
        Assert.Contains(locations, l => l.StartsWith($"http://localhost/t/{DemoThreads.OffboardingSlug}/", StringComparison.Ordinal));
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.All(sitemap.Root!.Elements(ns + "url"), u => Assert.True(DateTimeOffset.TryParse(u.Element(ns + "lastmod")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _)));
        Assert.Contains("Disallow: /admin/", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }
}
