using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>
/// Another author's "replaces" link waits on the replaced proposal's page until one of its authors accepts it there;
/// they can also remove it, and the proposal's timeline says both. Its own forum: it links the demo's MIP41c5-SP2.
/// </summary>
public sealed class ProposalLinkConsentPageTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldShowReplacedByOnlyOnceTheAuthorAcceptsItOnThePageAndLetThemRemoveIt()
    {
        var api = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var amelie = await api.TokenAsync("amelie.r", ForumClient.DemoPassword);
        var drafted = await api.SendAsync(HttpMethod.Post, "/api/v1/proposals", new { title = "A proposal that would replace another", summary = "Mine.", sections = new Dictionary<string, string> { ["Sentence Summary"] = "Replaces.", ["Paragraph Summary"] = "It replaces.", ["Motivation"] = "Because.", ["Specification / Proposal Details"] = "Details." } }, amelie);
        var draftId = (await drafted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
        var mine = (await (await api.SendAsync(HttpMethod.Post, $"/api/v1/proposals/{draftId}/publish", new { }, amelie)).Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await api.SendAsync(HttpMethod.Post, $"/api/v1/proposals/{mine}/links", new { otherCode = "MIP41c5-SP2", relation = "replaces" }, amelie)).StatusCode);
        var reader = forum.CreateClient();
        var author = await MoveProposalPage.AuthorAsync(forum);

        Assert.DoesNotContain(mine, await RelatedAsync(reader), StringComparison.Ordinal);
        Assert.Contains($"Proposed as replaced by {mine}", await RelatedAsync(author), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitFormAsync(MoveProposalPage.Proposal, $"accept-link-{mine}", new Dictionary<string, string>())).StatusCode);

        Assert.Contains($"Replaced by {mine}", await RelatedAsync(reader), StringComparison.Ordinal);
        Assert.Contains($"Link accepted: replaced by {mine}", await TimelineAsync(reader), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitFormAsync(MoveProposalPage.Proposal, $"remove-link-{mine}", new Dictionary<string, string>())).StatusCode);

        Assert.DoesNotContain(mine, await RelatedAsync(reader), StringComparison.Ordinal);
        Assert.Contains($"Link removed: replaced by {mine}", await TimelineAsync(reader), StringComparison.Ordinal);
        var theirs = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{mine}", ct);
        Assert.Equal(["proposed", "accepted", "removed"], theirs.GetProperty("linkHistory").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    private static async Task<string> RelatedAsync(HttpClient client) =>
        System.Text.RegularExpressions.Regex.Replace((await client.GetDocumentAsync(MoveProposalPage.Proposal)).QuerySelector(".related")!.TextContent, @"\s+", " ");

    private static async Task<string> TimelineAsync(HttpClient client) =>
        System.Text.RegularExpressions.Regex.Replace((await client.GetDocumentAsync(MoveProposalPage.Proposal)).QuerySelector(".timeline")!.TextContent, @"\s+", " ");
}
