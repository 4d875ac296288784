using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Caching;

/// <summary>
/// Signed-in pages are never served from the page cache, but their shared rows are kept (ThreadPageCache, ADR 0027):
/// a signed-in reader must still see every write once it returns, and one reader's marks and rights never reach another.
/// </summary>
public sealed class ThreadPageCacheExactnessTests(PageCacheFactory forum) : IClassFixture<PageCacheFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldShowASignedInReaderEachReplyEditLikeAndWithdrawalOnceItReturns()
    {
        var (author, token, thread, url) = await ThreadAsync("A thread a member keeps open while it changes");
        var reader = await SignedInAsync("tkdev");
        await ReadTwiceAsync(reader, url);

        var reply = await ReplyAsync(author, token, thread, "The reply the kept rows must not hide.");
        Assert.Contains("The reply the kept rows must not hide.", await reader.GetStringAsync(new Uri(url, UriKind.Relative), Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await author.SendAsync(HttpMethod.Put, $"/api/v1/posts/{reply}", new { body = "The reply after its edit.", version = 1 }, token)).StatusCode);
        var edited = await reader.GetStringAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Contains("The reply after its edit.", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("The reply the kept rows must not hide.", edited, StringComparison.Ordinal);

        var liker = await forum.CreateClient().TokenAsync("wei_chen", ForumClient.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await author.SendAsync(HttpMethod.Put, $"/api/v1/posts/{reply}/like", null, liker)).StatusCode);
        Assert.Equal("1 like", Post(await reader.GetDocumentAsync(url), 2).QuerySelector(".like-button__count")?.Text());

        Assert.Equal(HttpStatusCode.NoContent, (await author.SendAsync(HttpMethod.Delete, $"/api/v1/posts/{reply}", null, token)).StatusCode);
        var withdrawn = await reader.GetDocumentAsync(url);
        Assert.Equal("(post withdrawn by author)", Post(withdrawn, 2).QuerySelector(".post__withdrawn")?.Text());
        Assert.DoesNotContain("The reply after its edit.", withdrawn.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldKeepOneReadersLikeAndRightsOffAnotherReadersPageOfTheSameKeptRows()
    {
        var (author, token, thread, url) = await ThreadAsync("A thread two members and a moderator read");
        var reply = await ReplyAsync(author, token, thread, "A reply liked by one reader, then withdrawn.");
        var tkdev = await SignedInAsync("tkdev");
        var wei = await SignedInAsync("wei_chen");
        await ReadTwiceAsync(wei, url);

        var page = await tkdev.GetDocumentAsync(url);
        using var like = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/posts/{reply}/like");
        like.Headers.Add("RequestVerificationToken", page.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, (await tkdev.SendAsync(like, Ct)).StatusCode);

        Assert.Equal("true", Post(await tkdev.GetDocumentAsync(url), 2).QuerySelector(".like-button")?.GetAttribute("aria-pressed"));
        var other = Post(await wei.GetDocumentAsync(url), 2);
        Assert.Equal("false", other.QuerySelector(".like-button")?.GetAttribute("aria-pressed"));
        Assert.Equal("1 like", other.QuerySelector(".like-button__count")?.Text());
        Assert.Null(other.QuerySelector("a.post__edit")); // the author's Edit is the author's
        Assert.NotNull(Post(await author.GetDocumentAsync(url), 2).QuerySelector("a.post__edit"));

        // A withdrawn text is kept with the rows, but only staff receive it.
        Assert.Equal(HttpStatusCode.NoContent, (await author.SendAsync(HttpMethod.Delete, $"/api/v1/posts/{reply}", null, token)).StatusCode);
        var moderator = await SignedInAsync("lena.v");
        Assert.Contains("A reply liked by one reader, then withdrawn.", Post(await moderator.GetDocumentAsync(url), 2).QuerySelector(".post__withdrawn-content")?.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("A reply liked by one reader, then withdrawn.", (await wei.GetDocumentAsync(url)).Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("A reply liked by one reader, then withdrawn.", await forum.CreateClient().GetStringAsync(new Uri(url, UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldShowANewPollAndTakeNewPollAwayOnceTheThreadIsLockedOnTheKeptPollRows()
    {
        var (_, _, thread, url) = await ThreadAsync("A thread a facilitator polls, then a moderator locks");
        var facilitator = await SignedInAsync("govalpha");
        await ReadTwiceAsync(facilitator, url);
        Assert.Contains((await facilitator.GetDocumentAsync(url)).QuerySelectorAll("a.thread-header__moderate"), a => a.Text() == "New poll");

        var api = forum.CreateClient();
        var token = await api.TokenAsync("govalpha", ForumClient.DemoPassword);
        var poll = await api.SendAsync(HttpMethod.Post, $"/api/v1/threads/{thread}/polls", new { question = "Keep the kept rows exact?", closesAt = DateTimeOffset.UtcNow.AddDays(1) }, token);
        Assert.Equal(HttpStatusCode.Created, poll.StatusCode);
        var pollId = (await poll.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        // The poll itself, under the post that announced it (the kept polls panel), not only that post's text.
        Assert.NotNull((await facilitator.GetDocumentAsync(url)).GetElementById($"poll-{pollId}"));

        var moderator = await api.TokenAsync("lena.v", ForumClient.DemoPassword);
        Assert.Equal(HttpStatusCode.NoContent, (await api.SendAsync(HttpMethod.Post, $"/api/v1/threads/{thread}/lock", new { reason = "Decided." }, moderator)).StatusCode);
        Assert.DoesNotContain((await facilitator.GetDocumentAsync(url)).QuerySelectorAll("a.thread-header__moderate"), a => a.Text() == "New poll");
    }

    private static IElement Post(IDocument page, int number) =>
        page.GetElementById($"post-{number}") ?? throw new Xunit.Sdk.XunitException($"No post #{number} on the page.");

    private static async Task ReadTwiceAsync(HttpClient reader, string url)
    {
        for (var i = 0; i < 2; i++)
        {
            var read = await reader.GetAsync(new Uri(url, UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Null(read.Headers.Age); // never the shared page cache
        }
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = forum.CreateClient();
        await client.SignInWithFormAsync(userName, ForumClient.DemoPassword);
        return client;
    }

    private async Task<(HttpClient Author, string Token, int Thread, string Url)> ThreadAsync(string title)
    {
        var author = forum.CreateClient();
        var token = await author.TokenAsync("sato-k", ForumClient.DemoPassword);
        var created = await author.SendAsync(HttpMethod.Post, "/api/v1/threads", new { title, body = "The first post, whose rows are kept.", category = "general" }, token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        await author.SignInWithFormAsync("sato-k", ForumClient.DemoPassword);
        return (author, token, json.GetProperty("id").GetInt32(), json.GetProperty("url").GetString()!);
    }

    private static async Task<int> ReplyAsync(HttpClient client, string token, int thread, string body)
    {
        var reply = await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{thread}/posts", new { body }, token);
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        return (await reply.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
    }
}
