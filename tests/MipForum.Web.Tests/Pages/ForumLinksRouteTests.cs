using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Application.Common;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>Every address the link builder writes answers: a page, or a redirect to one, never a 404.</summary>
public sealed class ForumLinksRouteTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldAnswerEveryBuiltLinkWhenAnAdminFollowsIt()
    {
        var api = forum.CreateClient();
        var threadId = await DemoThreads.OffboardingThreadIdAsync(api);
        var thread = await api.GetFromJsonAsync<JsonElement>($"/api/v1/threads/{threadId}", TestContext.Current.CancellationToken);
        var postId = thread.GetProperty("posts").GetProperty("items").EnumerateArray().First().GetProperty("id").GetInt32();
        var admin = await api.TokenAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        var (_, ownPostId) = await api.StartThreadAsync(admin, "Where the link builder leads", "A post of the admin's own, to edit.");
        var browser = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword)).StatusCode);

        string[] links =
        [
            ForumLinks.Home,
            ForumLinks.Thread(threadId, DemoThreads.OffboardingSlug),
            ForumLinks.ThreadById(threadId),
            ForumLinks.PostById(threadId, 3),
            ForumLinks.ModerateThread(threadId),
            ForumLinks.EditPost(ownPostId),
            ForumLinks.FlagPost(postId),
            ForumLinks.ModeratePost(postId),
            ForumLinks.Proposal("MIP41c5-SP2"),
            ForumLinks.ProposalHistory("MIP41c5-SP2"),
            ForumLinks.Proposals,
            ForumLinks.MyDrafts,
            ForumLinks.NewProposal(),
            ForumLinks.NewProposal("MIP41c5"),
            ForumLinks.Member("amelie.r"),
            ForumLinks.ModerateMember("amelie.r"),
            ForumLinks.ChangePassword,
            ForumLinks.AdminMembers,
            ForumLinks.AdminMembersSearch("amelie"),
            ForumLinks.AdminMember("amelie.r"),
            ForumLinks.AdminMaintenance,
            ForumLinks.AdminImport,
            ForumLinks.Api.Proposal("MIP41c5-SP2"),
        ];

        foreach (var link in links)
        {
            var response = await browser.GetAsync(link, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently, $"{link} answered {(int)response.StatusCode}");
        }

        var anonymous = forum.CreateBrowserlessClient();
        foreach (var link in new[] { ForumLinks.SignIn(ForumLinks.Proposals), ForumLinks.Register(ForumLinks.Proposals) })
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(link, TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    [Fact]
    public void ShouldEscapeNamesAndCodesWhenTheyBecomePathSegments()
    {
        Assert.Equal("/u/a%20b%2Fc", ForumLinks.Member("a b/c"));
        Assert.Equal("/proposals/MIP41c5-SP2/history", ForumLinks.ProposalHistory("MIP41c5-SP2"));
        Assert.Equal("/account/login?returnUrl=%2Ft%2Fx%2F1%3Fpage%3D2", ForumLinks.SignIn("/t/x/1?page=2"));
        Assert.Equal("/t/x/1?page=2", ForumLinks.WithPage("/t/x/1", 2));
        Assert.Equal("/admin/users?q=a&page=3", ForumLinks.WithPage(ForumLinks.AdminMembersSearch("a"), 3));
    }
}
