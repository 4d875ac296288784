using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>The flag page after a retract (flag again) and after the post was removed (what became of the flag).</summary>
public sealed class FlagPageTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private async Task<(int PostId, string ThreadUrl)> ReplyAsync(HttpClient api, string body)
    {
        var wei = await api.TokenAsync("wei_chen", ForumClient.DemoPassword);
        var threadId = await DemoThreads.OffboardingThreadIdAsync(api);
        var reply = await api.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/posts", new { body }, wei);
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        var json = await reply.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (json.GetProperty("id").GetInt32(), $"/t/{threadId}/posts/{json.GetProperty("number").GetInt32()}");
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var browser = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInWithFormAsync(userName, ForumClient.DemoPassword)).StatusCode);
        return browser;
    }

    [Theory]
    [InlineData("2")]
    [InlineData("")]
    public async Task ShouldAskForAReasonByNameWhenNoneOrANumberIsSent(string reason)
    {
        var (postId, _) = await ReplyAsync(forum.CreateClient(), "A reply flagged without a named reason.");
        var tkdev = await SignedInAsync("tkdev");

        var page = await Html.ParseAsync(await tkdev.SubmitFormAsync($"/posts/{postId}/flag", "flag-post", new Dictionary<string, string> { ["Input.Reason"] = reason }));

        Assert.Contains("Choose why you flag this post.", page.QuerySelector(".field__error").Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".form-notice"));
        Assert.Empty(page.QuerySelectorAll("input[type=radio][checked]"));
    }

    [Fact]
    public async Task ShouldTellTheAuthorTheyCannotFlagTheirOwnPostInsteadOfOfferingTheForm()
    {
        var (postId, _) = await ReplyAsync(forum.CreateClient(), "A reply its author opens the flag page of.");
        var wei = await SignedInAsync("wei_chen");

        var page = await wei.GetDocumentAsync($"/posts/{postId}/flag");

        Assert.Equal("You cannot flag your own post.", page.QuerySelector(".form-notice")?.Text());
        Assert.Null(page.QuerySelector("input[name=_handler][value=flag-post]"));
    }

    [Fact]
    public async Task ShouldOfferTheFlagFormAgainAndShowFlagInTheThreadWhenTheMemberRetracted()
    {
        var (postId, threadUrl) = await ReplyAsync(forum.CreateClient(), "A reply to flag and unflag.");
        var tkdev = await SignedInAsync("tkdev");
        var flagPage = $"/posts/{postId}/flag";

        var flagged = await Html.ParseAsync(await tkdev.SubmitFormAsync(flagPage, "flag-post", new Dictionary<string, string> { ["Input.Reason"] = "OffTopic" }));
        Assert.Contains("You flagged this post as", flagged.QuerySelector(".form-notice").Text(), StringComparison.Ordinal);
        var retracted = await Html.ParseAsync(await tkdev.SubmitFormAsync(flagPage, "retract-flag", new Dictionary<string, string>()));

        Assert.Equal("You retracted your flag on this post. You can flag it again.", retracted.QuerySelector(".form-notice").Text());
        Assert.NotNull(retracted.QuerySelector("form input[name=_handler][value=flag-post]"));
        Assert.Null(retracted.QuerySelector("form input[name=_handler][value=retract-flag]"));
        var located = (await tkdev.GetAsync(threadUrl, TestContext.Current.CancellationToken)).LocalRedirect()!;
        var threadPage = await tkdev.GetDocumentAsync(located.Split('#')[0]);
        Assert.Equal("Flag", threadPage.QuerySelector($"a.post__flag[href='/posts/{postId}/flag']").Text());

        var again = await Html.ParseAsync(await tkdev.SubmitFormAsync(flagPage, "flag-post", new Dictionary<string, string> { ["Input.Reason"] = "Spam" }));
        Assert.Equal("You flagged this post as Spam; a moderator will look at it.", again.QuerySelector(".form-notice").Text());
    }

    [Fact]
    public async Task ShouldTellTheFlaggerTheirFlagWasAgreedWithWhenAModeratorRemovedThePost()
    {
        var api = forum.CreateClient();
        var (postId, _) = await ReplyAsync(api, "Buy cheap governance tokens, limited offer.");
        var funmi = await SignedInAsync("funmi.o");
        await funmi.SubmitFormAsync($"/posts/{postId}/flag", "flag-post", new Dictionary<string, string> { ["Input.Reason"] = "Spam" });
        var lena = await api.TokenAsync("lena.v", ForumClient.DemoPassword);
        var decided = await api.SendAsync(HttpMethod.Post, $"/api/v1/review/{postId}", new { decision = "agree", action = "delete", note = "Spam." }, lena);
        Assert.True(decided.IsSuccessStatusCode, $"{(int)decided.StatusCode}");

        var page = await funmi.GetDocumentAsync($"/posts/{postId}/flag");
        var located = (await funmi.GetAsync($"/p/{postId}", TestContext.Current.CancellationToken)).LocalRedirect()!;
        var thread = await funmi.GetDocumentAsync(located.Split('#')[0]);
        Assert.Equal("Flagged", thread.QuerySelector($"a.post__flag[href='/posts/{postId}/flag']").Text());

        Assert.Equal("A moderator agreed with your flag and removed this post.", page.QuerySelector(".form-notice").Text());
        Assert.DoesNotContain("cheap governance tokens", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form input[name=_handler][value=flag-post]"));
        var stranger = await SignedInAsync("wei_chen");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/posts/{postId}/flag", TestContext.Current.CancellationToken)).StatusCode);
    }
}
