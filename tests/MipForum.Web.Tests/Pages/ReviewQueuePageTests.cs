using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>The review queue marks a flagged staff post, leaves it visible, and offers its decision to admins only.</summary>
public sealed class ReviewQueuePageTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldOfferTheDecisionOnAStaffPostToAnAdminOnly()
    {
        var api = forum.CreateClient();
        var threadId = await DemoThreads.OffboardingThreadIdAsync(api);
        var posted = await api.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/posts", new { body = "Moderator note: please keep to the proposal." }, await api.TokenAsync("lena.v", ForumClient.DemoPassword));
        var postId = (await posted.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt32();
        foreach (var name in new[] { "tkdev", "funmi.o", "amelie.r", "sato-k", "moshe_f" })
        {
            var flagged = await api.SendAsync(HttpMethod.Post, $"/api/v1/posts/{postId}/flags", new { reason = "inappropriate" }, await api.TokenAsync(name, ForumClient.DemoPassword));
            Assert.False((await flagged.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("hidden").GetBoolean());
        }

        var moderator = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SignInWithFormAsync("lena.v", ForumClient.DemoPassword)).StatusCode);
        var admin = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword)).StatusCode);

        var asModerator = (await moderator.GetDocumentAsync("/review")).QuerySelector($"#review-{postId}")!;
        var asAdmin = (await admin.GetDocumentAsync("/review")).QuerySelector($"#review-{postId}")!;

        Assert.Contains("staff post", asModerator.TextContent, StringComparison.Ordinal);
        Assert.Contains("Only an admin decides", asModerator.TextContent, StringComparison.Ordinal);
        Assert.Null(asModerator.QuerySelector("form"));
        Assert.NotNull(asAdmin.QuerySelector($"form input[name=_handler][value=review-{postId}]"));
    }

    [Fact]
    public async Task ShouldDecideThroughTheQueueFormAndShowARefusalAboveTheQueue()
    {
        var api = forum.CreateClient();
        var threadId = await DemoThreads.OffboardingThreadIdAsync(api);
        var posted = await api.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/posts", new { body = "A reply that one member finds off-topic." }, await api.TokenAsync("wei_chen", ForumClient.DemoPassword));
        var postId = (await posted.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await api.SendAsync(HttpMethod.Post, $"/api/v1/posts/{postId}/flags", new { reason = "off-topic" }, await api.TokenAsync("tkdev", ForumClient.DemoPassword))).StatusCode);
        var moderator = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SignInWithFormAsync("lena.v", ForumClient.DemoPassword)).StatusCode);

        var refused = await Html.ParseAsync(await moderator.SubmitFormAsync("/review", $"review-{postId}", new Dictionary<string, string> { ["Decision.Choice"] = "Disagree", ["Decision.Note"] = "" }));
        var decided = await Html.ParseAsync(await moderator.SubmitFormAsync("/review", $"review-{postId}", new Dictionary<string, string> { ["Decision.Choice"] = "Disagree", ["Decision.Note"] = "On topic: it is about the proposal." }));

        Assert.Equal("Write a note: it is shown in the public moderation log.", refused.QuerySelector(".form-error[data-remedy=fix-input]").Text());
        Assert.NotNull(refused.QuerySelector($"#review-{postId}"));
        Assert.Equal("Decided.", decided.QuerySelector(".form-notice").Text());
        Assert.Null(decided.QuerySelector($"#review-{postId}"));
    }
}
