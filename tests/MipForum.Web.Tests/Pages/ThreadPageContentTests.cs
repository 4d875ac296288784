using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>The thread page's header tags, the proposal's events (only in the proposal's own thread) and removed posts' actions.</summary>
public sealed partial class ThreadPageContentTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private static string Squeeze(string text) => Spaces().Replace(text, " ").Trim();

    [Fact]
    public async Task ShouldShowTagsAndEventsOnlyInTheProposalsOwnThreadAndNoReplyOnARemovedPost()
    {
        var client = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var moshe = await client.TokenAsync("moshe_f", ForumClient.DemoPassword);
        var wei = await client.TokenAsync("wei_chen", ForumClient.DemoPassword);
        var lena = await client.TokenAsync("lena.v", ForumClient.DemoPassword);

        // A moderator starts a second thread about the proposal today (only its authors and staff attach threads to it);
        // then the author moves the proposal.
        var started = await JsonAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/threads", new
        {
            title = "Questions about the offboarding subproposal",
            body = "How does the offboarding notice work in practice?",
            category = "mips",
            tags = new[] { "offboarding", "rwf-001" },
            proposalCode = "MIP41c5-SP2",
        }, lena));
        var otherUrl = started.GetProperty("url").GetString()!;
        var otherId = started.GetProperty("id").GetInt32();
        await JsonAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/proposals/MIP41c5-SP2/transitions", new { to = "withdrawn", reason = "Superseded by a new draft" }, moshe));

        // A reply in the second thread is removed by a moderator.
        var reply = await JsonAsync(await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{otherId}/posts", new { body = "Buy cheap tokens at example dot com" }, wei));
        var removed = await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{reply.GetProperty("id").GetInt32()}/delete", new { reason = "Spam" }, lena);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        var browser = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInWithFormAsync("tkdev", ForumClient.DemoPassword)).StatusCode);

        var ownId = await DemoThreads.OffboardingThreadIdAsync(browser);
        var ownPostCount = (await browser.GetFromJsonAsync<JsonElement>($"/api/v1/threads/{ownId}", ct)).GetProperty("postCount").GetInt32();
        var own = await browser.GetDocumentAsync($"/t/{DemoThreads.OffboardingSlug}/{ownId}?page={(ownPostCount + 19) / 20}");
        var moved = own.QuerySelectorAll(".proposal-event").Select(e => Squeeze(e.TextContent)).ToList();
        Assert.Contains(moved, e => e.Contains("Moshe Feldman moved MIP41c5-SP2 from RFC to Withdrawn", StringComparison.Ordinal));
        Assert.Contains(moved, e => e.Contains("Moshe Feldman published MIP41c5-SP2 as RFC", StringComparison.Ordinal));

        var other = await browser.GetDocumentAsync(otherUrl);
        Assert.Empty(other.QuerySelectorAll(".proposal-event"));
        var tags = other.QuerySelectorAll(".thread-header .tag-chip");
        Assert.Equal(["#offboarding", "#rwf-001"], tags.Select(t => t.Text()));
        Assert.Equal("/?tag=offboarding", tags[0].GetAttribute("href"));

        var removedPost = other.QuerySelector("#post-2")!;
        Assert.Contains("removed by a moderator", removedPost.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(removedPost.QuerySelectorAll(".post__actions a"), a => a.Text() is "Reply" or "Quote");
        Assert.Equal(["Reply", "Quote"], other.QuerySelectorAll("#post-1 .post__actions a").Select(a => a.Text()).Where(t => t is "Reply" or "Quote"));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
