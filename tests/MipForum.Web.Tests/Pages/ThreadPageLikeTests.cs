using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>
/// The thread page's like buttons are static: js/like-button.js sends the page's one antiforgery token with the
/// reader's cookie to the like API. These tests make the same requests the script makes.
/// </summary>
public sealed class ThreadPageLikeTests(PageCacheFactory forum) : IClassFixture<PageCacheFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldStoreALikeSentWithThePagesTokenAndShowItOnTheNextRead()
    {
        var (reader, url, postId) = await SignedInReaderOfANewThreadAsync("A thread whose first post is liked from the page");
        var page = await reader.GetDocumentAsync(url);
        var button = LikeButtonOf(page, postId);
        Assert.Equal("false", button.GetAttribute("aria-pressed"));
        Assert.Single(page.QuerySelectorAll("[data-like-token] input[name=__RequestVerificationToken]"));

        var liked = await LikeFromThePageAsync(reader, page, postId, HttpMethod.Put);

        Assert.Equal(HttpStatusCode.OK, liked.StatusCode);
        var state = await liked.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1, state.GetProperty("likeCount").GetInt32());
        Assert.True(state.GetProperty("likedByMe").GetBoolean());
        var again = LikeButtonOf(await reader.GetDocumentAsync(url), postId);
        Assert.Equal("true", again.GetAttribute("aria-pressed"));
        Assert.Equal("1 like", again.QuerySelector(".like-button__count").Text());

        Assert.Equal(HttpStatusCode.OK, (await LikeFromThePageAsync(reader, page, postId, HttpMethod.Delete)).StatusCode);
        Assert.Equal("Like", LikeButtonOf(await reader.GetDocumentAsync(url), postId).QuerySelector(".like-button__count").Text());
    }

    [Fact]
    public async Task ShouldRefuseALikeSentWithTheCookieButWithoutThePagesToken()
    {
        var (reader, url, postId) = await SignedInReaderOfANewThreadAsync("A thread another site tries to like for its reader");

        var forged = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/posts/{postId}/like"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("Antiforgery token missing.", (await forged.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString());
        Assert.Equal("Like", LikeButtonOf(await reader.GetDocumentAsync(url), postId).QuerySelector(".like-button__count").Text());
    }

    [Fact]
    public async Task ShouldOfferNoLikeButtonOnTheReadersOwnPostAndRefuseTheLikeWithTheRulesWords()
    {
        var author = forum.CreateClient();
        var token = await author.TokenAsync("sato-k", ForumClient.DemoPassword);
        var (thread, postId) = await author.StartThreadAsync(token, "A thread its author would like to like", "My own first post.");
        await author.SignInWithFormAsync("sato-k", ForumClient.DemoPassword);
        var page = await author.GetDocumentAsync(await UrlOfAsync(author, thread));

        Assert.Null(page.QuerySelector($"button[data-like-post='{postId}']"));
        var refused = await LikeFromThePageAsync(author, page, postId, HttpMethod.Put);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("You cannot like your own post.", problem.GetProperty("detail").GetString());
        Assert.Equal("none", problem.GetProperty("remedy").GetString());
    }

    private async Task<(HttpClient Reader, string Url, int PostId)> SignedInReaderOfANewThreadAsync(string title)
    {
        var reader = forum.CreateClient();
        var token = await reader.TokenAsync("sato-k", ForumClient.DemoPassword);
        var (thread, postId) = await reader.StartThreadAsync(token, title, "A first post for another member to like.");
        await reader.SignInWithFormAsync("tkdev", ForumClient.DemoPassword);
        return (reader, await UrlOfAsync(reader, thread), postId);
    }

    private static async Task<string> UrlOfAsync(HttpClient client, int thread) =>
        $"/t/{(await client.GetFromJsonAsync<JsonElement>($"/api/v1/threads/{thread}", Ct)).GetProperty("slug").GetString()}/{thread}";

    private static IElement LikeButtonOf(IDocument page, int postId) =>
        page.QuerySelector($"button.like-button[data-like-post='{postId}'][disabled]") ?? throw new Xunit.Sdk.XunitException($"No like button for post {postId}.");

    private static Task<HttpResponseMessage> LikeFromThePageAsync(HttpClient reader, IDocument page, int postId, HttpMethod method)
    {
        var request = new HttpRequestMessage(method, $"/api/v1/posts/{postId}/like");
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("[data-like-token] input[name=__RequestVerificationToken]")!.GetAttribute("value"));
        return reader.SendAsync(request, Ct);
    }
}
