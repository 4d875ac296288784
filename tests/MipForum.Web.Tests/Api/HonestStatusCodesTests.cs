using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

/// <summary>
/// A caller who may not do something gets 403 with problem details, through every door that checks ownership or
/// standing; 409 stays for conflicts (a stale version, a locked thread). Its own forum: it locks a thread.
/// </summary>
public sealed class HonestStatusCodesTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswer403WhenAMemberActsOnWhatIsNotTheirs()
    {
        var client = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var amelie = await client.TokenAsync("amelie.r", ForumClient.DemoPassword);
        var sato = await client.TokenAsync("sato-k", ForumClient.DemoPassword);
        var (threadId, postId) = await client.StartThreadAsync(amelie, "Whose post is it anyway", "Mine, says amelie.");

        await AssertProblemAsync(await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}", new { body = "hijacked", version = 1 }, sato), HttpStatusCode.Forbidden, "Only the author can edit a post.");
        await AssertProblemAsync(await client.SendAsync(HttpMethod.Delete, $"/api/v1/posts/{postId}", null, sato), HttpStatusCode.Forbidden, "Only the author can withdraw a post.");
        await AssertProblemAsync(await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}/like", null, amelie), HttpStatusCode.Forbidden, "You cannot like your own post.");
        await AssertProblemAsync(await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{postId}/flags", new { reason = "spam" }, amelie), HttpStatusCode.Forbidden, "You cannot flag your own post.");
        await AssertProblemAsync(await client.SendAsync(HttpMethod.Post, $"/api/v1/posts/{postId}/appeal", new { message = "Not mine to appeal" }, sato), HttpStatusCode.Forbidden, "Only the post's author can appeal.");

        // A facilitator who is not among the proposal's authors moves, links or edits it: not theirs either.
        // (MIP41c5-SP2 is moshe_f's in the demo.)
        var stranger = await client.TokenAsync("govalpha", ForumClient.DemoPassword);
        var proposal = await client.GetFromJsonAsync<JsonElement>("/api/v1/proposals/MIP41c5-SP2", ct);
        Assert.Equal("moshe_f", proposal.GetProperty("author").GetProperty("userName").GetString());
        await AssertProblemAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/proposals/MIP41c5-SP2/transitions", new { to = "withdrawn", reason = "Not mine" }, stranger), HttpStatusCode.Forbidden, "Only the proposal's authors");
        await AssertProblemAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/proposals/MIP41c5-SP2/links", new { otherCode = "MIP41", relation = "related" }, stranger), HttpStatusCode.Forbidden, "Only the proposal's authors");

        // Who acts comes first: a move the lifecycle lacks is still "not yours" for a stranger (not a 409 about the move).
        await AssertProblemAsync(await client.SendAsync(HttpMethod.Post, "/api/v1/proposals/MIP41c5-SP2/transitions", new { to = "accepted", reason = "Not mine" }, stranger), HttpStatusCode.Forbidden, "Only the proposal's authors");

        // "Replaced by" would show on moshe_f's page: an author of one side only may propose it, not accept it.
        var amelie2 = await client.TokenAsync("amelie.r", ForumClient.DemoPassword);
        var drafted = await client.SendAsync(HttpMethod.Post, "/api/v1/proposals", new { title = "A proposal that would replace another", summary = "Mine.", sections = new Dictionary<string, string> { ["Sentence Summary"] = "Replaces.", ["Paragraph Summary"] = "It replaces.", ["Motivation"] = "Because.", ["Specification / Proposal Details"] = "Details." } }, amelie2);
        var draftId = (await drafted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
        var mine = (await (await client.SendAsync(HttpMethod.Post, $"/api/v1/proposals/{draftId}/publish", new { }, amelie2)).Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, $"/api/v1/proposals/{mine}/links", new { otherCode = "MIP41c5-SP2", relation = "replaces" }, amelie2)).StatusCode);
        await AssertProblemAsync(await client.SendAsync(HttpMethod.Post, $"/api/v1/proposals/MIP41c5-SP2/links/{mine}/accept", null, amelie2), HttpStatusCode.Forbidden, "Only the authors of MIP41c5-SP2");
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/proposals/MIP41c5-SP2", ct)).GetProperty("related").EnumerateArray());

        // Nothing changed through the refused doors.
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/threads/{threadId}", ct);
        var post = after.GetProperty("posts").GetProperty("items")[0];
        Assert.Equal(1, post.GetProperty("version").GetInt32());
        Assert.Equal(0, post.GetProperty("likeCount").GetInt32());
        Assert.False(post.GetProperty("deleted").GetBoolean());
        Assert.Equal(proposal.GetProperty("status").GetString(), (await client.GetFromJsonAsync<JsonElement>("/api/v1/proposals/MIP41c5-SP2", ct)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ShouldAnswer409ForConflictsAndAStaleVersion()
    {
        var client = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var amelie = await client.TokenAsync("amelie.r", ForumClient.DemoPassword);
        var lena = await client.TokenAsync("lena.v", ForumClient.DemoPassword);
        var (threadId, postId) = await client.StartThreadAsync(amelie, "A thread that will be closed", "Closing soon.");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}", new { body = "Closing soon, edited.", version = 1 }, amelie)).StatusCode);
        await AssertProblemAsync(await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}", new { body = "From an old tab", version = 1 }, amelie), HttpStatusCode.Conflict, "");
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/lock", new { reason = "Done here" }, lena)).StatusCode);
        await AssertProblemAsync(await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/posts", new { body = "Too late" }, amelie), HttpStatusCode.Conflict, "This thread is locked");
    }

    [Fact]
    public async Task ShouldStayExactWhenTheSameMemberUnlikesTwiceAtOnce()
    {
        var client = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var amelie = await client.TokenAsync("amelie.r", ForumClient.DemoPassword);
        var wei = await client.TokenAsync("wei_chen", ForumClient.DemoPassword);
        var (threadId, postId) = await client.StartThreadAsync(amelie, "A post liked and unliked", "Like me, then don't.");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}/like", null, wei)).StatusCode);

        var unlikes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.SendAsync(HttpMethod.Delete, $"/api/v1/posts/{postId}/like", null, wei)));

        Assert.All(unlikes, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var post = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/threads/{threadId}", ct)).GetProperty("posts").GetProperty("items")[0];
        Assert.Equal(0, post.GetProperty("likeCount").GetInt32());
    }
}
