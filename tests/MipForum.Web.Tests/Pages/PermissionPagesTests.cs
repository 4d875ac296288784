using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>
/// Pages and links follow the permission matrix through the host's policies: a role without the permission is turned
/// away from the page and does not see its link; a role with it gets both. Post actions follow the domain's rules.
/// </summary>
public sealed class PermissionPagesTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Theory]
    [InlineData("tkdev", "/review", false)] // Contributor: no ReviewQueue
    [InlineData("lena.v", "/review", true)] // Moderator
    [InlineData("lena.v", "/admin/users", false)] // Moderator: no ViewMembersAdmin
    [InlineData("lena.v", "/proposals/new", false)] // Moderator: no DraftProposal
    [InlineData("govalpha", "/proposals/new", true)] // Facilitator
    [InlineData("govalpha", "/admin/maintenance", false)] // Facilitator: no RecookContent
    public async Task ShouldOpenAPageOnlyForRolesHoldingItsPermission(string userName, string url, bool admitted)
    {
        var browser = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInWithFormAsync(userName, ForumClient.DemoPassword)).StatusCode);

        var response = await browser.GetAsync(url, TestContext.Current.CancellationToken);

        if (admitted)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("tkdev", false, false)]
    [InlineData("lena.v", true, false)]
    [InlineData("govalpha", false, true)]
    public async Task ShouldShowLinksOnlyToRolesHoldingTheirPermission(string userName, bool seesReview, bool seesDrafting)
    {
        var browser = forum.CreateClient();
        await browser.SignInWithFormAsync(userName, ForumClient.DemoPassword);

        var proposals = await browser.GetDocumentAsync("/proposals");

        Assert.Equal(seesReview, proposals.QuerySelector(".site-nav a[href='/review']") is not null);
        Assert.Equal(seesDrafting, proposals.QuerySelector("a[href='/proposals/new']") is not null);
        Assert.Null(proposals.QuerySelector(".account-menu a[href='/admin/users']"));
    }

    [Fact]
    public async Task ShouldNotOfferEditToASilencedMemberWhomEditingWouldRefuse()
    {
        var api = forum.CreateClient();
        var (threadId, postId) = await api.StartThreadAsync(await api.TokenAsync("funmi.o", ForumClient.DemoPassword), "Silence and the edit link", "A first post I may want to edit.");
        var slug = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/threads/{threadId}", TestContext.Current.CancellationToken)).GetProperty("slug").GetString();
        var author = forum.CreateClient();
        await author.SignInWithFormAsync("funmi.o", ForumClient.DemoPassword);
        var moderator = forum.CreateClient();
        await moderator.SignInWithFormAsync("lena.v", ForumClient.DemoPassword);
        var url = $"/t/{slug}/{threadId}";

        var before = await author.GetDocumentAsync(url);
        Assert.NotNull(before.QuerySelector($"#post-1 a[href='/posts/{postId}/edit']"));
        Assert.NotNull((await moderator.GetDocumentAsync(url)).QuerySelector($"#post-1 a[href='/posts/{postId}/moderate']"));

        var silenced = await api.SendAsync(HttpMethod.Post, "/api/v1/users/funmi.o/silence", new { until = DateTimeOffset.UtcNow.AddDays(2), reason = "Cooling off." }, await api.TokenAsync("lena.v", ForumClient.DemoPassword));
        Assert.Equal(HttpStatusCode.NoContent, silenced.StatusCode);

        var after = await author.GetDocumentAsync(url);
        Assert.Null(after.QuerySelector($"#post-1 a[href='/posts/{postId}/edit']"));
        var edit = await api.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}", new { body = "Edited while silenced.", version = 1 }, await api.TokenAsync("funmi.o", ForumClient.DemoPassword));
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task ShouldOfferOnlyHideOnAThreadsFirstPostWhichCannotBeRemoved()
    {
        var api = forum.CreateClient();
        var (_, firstPost) = await api.StartThreadAsync(await api.TokenAsync("wei_chen", ForumClient.DemoPassword), "A first post moderators may hide", "The first post carries the thread.");
        var moderator = forum.CreateClient();
        await moderator.SignInWithFormAsync("lena.v", ForumClient.DemoPassword);

        var page = await moderator.GetDocumentAsync($"/posts/{firstPost}/moderate");

        var options = page.QuerySelectorAll("#moderate-action option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(["Hide (readers can still choose to see it)"], options);
    }
}
