using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Caching;

/// <summary>
/// The shared page cache never shows a reader a page older than a write that returned (ADR 0026): each test reads a page
/// anonymously until it is served from the cache (an Age header), runs the command through the API as a user would,
/// and reads again. Signed-in and personal answers never come from it, and a write evicts only the pages it changed.
/// </summary>
public sealed class PageCacheExactnessTests(PageCacheFactory forum) : IClassFixture<PageCacheFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldShowAReplyOnTheCachedThreadPageListAndApiOnceTheReplyReturns()
    {
        const string title = "A thread whose cached page gets a reply";
        var (client, token, thread, url) = await CachedThreadAsync(title);
        Assert.Equal("0", RepliesOnLatest(await CachedAsync(client, "/"), title));
        await CachedAsync(client, $"/api/v1/threads/{thread}");

        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{thread}/posts", new { body = "The reply the cache must not hide." }, token)).StatusCode);

        Assert.Contains("The reply the cache must not hide.", await FreshAsync(client, url), StringComparison.Ordinal);
        Assert.Contains("The reply the cache must not hide.", await FreshAsync(client, $"/api/v1/threads/{thread}"), StringComparison.Ordinal);
        Assert.Equal("1", RepliesOnLatest(await FreshAsync(client, "/"), title));
    }

    [Fact]
    public async Task ShouldShowAnEditAndAWithdrawalOnTheCachedThreadPage()
    {
        var (client, token, thread, url) = await CachedThreadAsync("A thread whose reply is edited then withdrawn");
        var reply = await ReplyAsync(client, token, thread, "The words before the edit.");
        await CachedAsync(client, url);

        var edited = await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{reply}", new { body = "The words after the edit.", version = 1 }, token);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var page = await FreshAsync(client, url);
        Assert.Contains("The words after the edit.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("The words before the edit.", page, StringComparison.Ordinal);

        await CachedAsync(client, url);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, $"/api/v1/posts/{reply}", null, token)).StatusCode);
        Assert.DoesNotContain("The words after the edit.", await FreshAsync(client, url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldShowALikeCountOnTheCachedApiRead()
    {
        var (client, token, thread, _) = await CachedThreadAsync("A thread whose first post is liked");
        var api = $"/api/v1/threads/{thread}";
        var firstPost = JsonDocument.Parse(await CachedAsync(client, api)).RootElement.GetProperty("posts").GetProperty("items")[0];
        var liker = await client.TokenAsync("tkdev", ForumClient.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{firstPost.GetProperty("id").GetInt32()}/like", null, liker)).StatusCode);

        var after = JsonDocument.Parse(await FreshAsync(client, api)).RootElement.GetProperty("posts").GetProperty("items")[0];
        Assert.Equal(firstPost.GetProperty("likeCount").GetInt32() + 1, after.GetProperty("likeCount").GetInt32());
    }

    [Fact]
    public async Task ShouldNeverShowAHiddenPostFromTheCacheAndShowTheLockAndTheLog()
    {
        var (client, token, thread, url) = await CachedThreadAsync("A thread a moderator acts on");
        var hidden = await ReplyAsync(client, token, thread, "An off-topic reply a moderator hides.");
        var removed = await ReplyAsync(client, token, thread, "A spam reply a moderator removes.");
        await CachedAsync(client, url);
        await CachedAsync(client, "/moderation-log");
        var moderator = await client.TokenAsync("lena.v", ForumClient.DemoPassword);

        // Hidden posts stay readable behind a stated reason (by design); removed ones are gone.
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{hidden}/hide", new { reason = "Off-topic for this thread." }, moderator)).StatusCode);
        Assert.Contains("Hidden by a moderator (Off-topic for this thread.)", await FreshAsync(client, url), StringComparison.Ordinal);
        Assert.Contains("Off-topic for this thread.", await FreshAsync(client, "/moderation-log"), StringComparison.Ordinal);

        await CachedAsync(client, url);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{removed}/delete", new { reason = "Spam." }, moderator)).StatusCode);
        Assert.DoesNotContain("A spam reply a moderator removes.", await FreshAsync(client, url), StringComparison.Ordinal);

        await CachedAsync(client, url);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{thread}/lock", new { reason = "The poll closed." }, moderator)).StatusCode);
        Assert.Contains("This thread is locked", await FreshAsync(client, url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldShowAProposalMoveOnItsCachedPageListAndThread()
    {
        var client = forum.CreateClient();
        var threadId = await DemoThreads.OffboardingThreadIdAsync(client);
        var thread = $"/t/{DemoThreads.OffboardingSlug}/{threadId}";
        // Where SP2's status shows: its page's header, its row of the list, the thread's header.
        var places = new (string Url, string Selector)[]
        {
            ("/proposals/MIP41c5-SP2", ".page-header .badge"),
            ("/proposals", "tr:has(a[href='/proposals/MIP41c5-SP2']) .badge"),
            (thread, ".thread-header .badge"),
        };
        foreach (var (url, selector) in places)
        {
            Assert.Equal("RFC", Badge(await CachedAsync(client, url), selector));
        }

        var author = await client.TokenAsync("moshe_f", ForumClient.DemoPassword);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, "/api/v1/proposals/MIP41c5-SP2/transitions", new { to = "withdrawn", reason = "Superseded by a new subproposal." }, author)).StatusCode);

        foreach (var (url, selector) in places)
        {
            Assert.Equal("Withdrawn", Badge(await FreshAsync(client, url), selector));
        }
    }

    [Fact]
    public async Task ShouldShowAThreadWrittenOutsideTheApiOnceItsSaveCommits()
    {
        // Writes that no request makes (an import, the scheduler) go through the same saves, so they evict too.
        var client = forum.CreateClient();
        var topic = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "discourse", "sample-topic.json"), Ct);
        var title = JsonDocument.Parse(topic).RootElement.GetProperty("title").GetString()!;
        Assert.DoesNotContain(WebUtility.HtmlEncode(title), await CachedAsync(client, "/"), StringComparison.Ordinal);
        await using (var scope = forum.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Application.Common.Security.CurrentUser>().SetSystem();
            await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(
                new Application.Features.Threads.Import.ImportDiscourseCommand([new("sample-topic.json", topic)], "general", "https://forum.example.org"), Ct);
        }

        Assert.Contains(WebUtility.HtmlEncode(title), await FreshAsync(client, "/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldEvictOnlyThePagesAWriteChanged()
    {
        var (client, token, first, _) = await CachedThreadAsync("The first of two threads, written to");
        var (_, _, second, secondUrl) = await CachedThreadAsync("The second of two threads, only read");
        await CachedAsync(client, secondUrl);

        await ReplyAsync(client, token, first, "A reply to the first thread only.");

        var again = await client.GetAsync(new Uri(secondUrl, UriKind.Relative), Ct);
        Assert.True(again.Headers.Age is not null, "A reply to another thread evicted this thread's page.");
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task ShouldNeverServeOrStoreSignedInPagesAndSetNoCookieOnCachedOnes()
    {
        var (anonymous, _, _, url) = await CachedThreadAsync("A thread read signed in and anonymously");
        var cached = await anonymous.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.NotNull(cached.Headers.Age);
        Assert.False(cached.Headers.Contains("Set-Cookie"), "A cached page must not hand every reader the same cookie.");
        var html = await cached.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.Contains("Sign in</a> to reply", html, StringComparison.Ordinal);

        var member = forum.CreateClient();
        await member.SignInWithFormAsync("tkdev", ForumClient.DemoPassword);
        for (var i = 0; i < 2; i++)
        {
            var signedIn = await member.GetAsync(new Uri(url, UriKind.Relative), Ct);
            Assert.Null(signedIn.Headers.Age);
            Assert.DoesNotContain("Sign in</a> to reply", await signedIn.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var token = await anonymous.TokenAsync("tkdev", ForumClient.DemoPassword);
        using var withToken = new HttpRequestMessage(HttpMethod.Get, url).WithBearer(token);
        Assert.Null((await anonymous.SendAsync(withToken, Ct)).Headers.Age);

        // What signed-in readers saw never reached the anonymous copy.
        Assert.Contains("Sign in</a> to reply", await anonymous.GetStringAsync(new Uri(url, UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldNotServeACachedPageForAnAddressThatDiffersOnlyInCase()
    {
        var client = forum.CreateBrowserlessClient();
        await CachedAsync(client, "/proposals/MIP41c5-SP2");

        var other = await client.GetAsync(new Uri("/proposals/mip41c5-sp2", UriKind.Relative), Ct);

        Assert.Null(other.Headers.Age);
    }

    private static string? Badge(string html, string selector) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(selector)?.TextContent.Trim();

    private static string? RepliesOnLatest(string html, string title) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("li.thread-row")
            .FirstOrDefault(row => row.QuerySelector(".thread-row__title")?.TextContent.Trim() == title)?.QuerySelector(".thread-row__count")?.TextContent.Trim();

    private async Task<(HttpClient Client, string Token, int Thread, string Url)> CachedThreadAsync(string title)
    {
        var client = forum.CreateClient();
        var token = await client.TokenAsync("sato-k", ForumClient.DemoPassword);
        var created = await client.SendAsync(HttpMethod.Post, "/api/v1/threads", new { title, body = "The first post, for the cache to keep.", category = "general" }, token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var url = json.GetProperty("url").GetString()!;
        await CachedAsync(client, url);
        return (client, token, json.GetProperty("id").GetInt32(), url);
    }

    private static async Task<int> ReplyAsync(HttpClient client, string token, int thread, string body)
    {
        var reply = await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{thread}/posts", new { body }, token);
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        return (await reply.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
    }

    /// <summary>Reads until the answer comes from the cache (Age header), so the next write has something stale to evict.</summary>
    private static async Task<string> CachedAsync(HttpClient client, string url)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Headers.Age is not null)
            {
                return await response.Content.ReadAsStringAsync(Ct);
            }
        }

        throw new Xunit.Sdk.XunitException($"{url} was never served from the page cache.");
    }

    /// <summary>The page right after a write: it must be rendered again, not the cached copy.</summary>
    private static async Task<string> FreshAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}
