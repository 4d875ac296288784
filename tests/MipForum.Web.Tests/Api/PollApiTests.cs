using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

/// <summary>Signal polls through /api/v1, as a bot or a governance portal would use them.</summary>
public sealed class PollApiTests(PollClockFactory forum) : IClassFixture<PollClockFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldRunARankedPollFromCreationToTheDownloadedBallots()
    {
        var client = forum.CreateClient();
        var facilitator = await client.TokenAsync("govalpha", ForumClient.DemoPassword);
        var (sato, amelie) = (await client.TokenAsync("sato-k", ForumClient.DemoPassword), await client.TokenAsync("amelie.r", ForumClient.DemoPassword));
        var (threadId, _) = await client.StartThreadAsync(facilitator, "Which offboarding path for RWF-001?", "Options below.");
        var closesAt = forum.Clock.Now.AddMinutes(10);

        var created = await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/polls", new
        {
            type = "ranked",
            question = "Which path?",
            options = new[] { "Offboard now", "Keep", "Middle ground" },
            closesAt,
            resultsVisibility = "afterClose",
            rule = new { kind = "instantRunoff" },
        }, facilitator);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var poll = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = poll.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/polls/{id}", created.Headers.Location?.ToString());
        Assert.Equal(["Offboard now", "Keep", "Middle ground"], poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("text").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/api/v1/polls/{id}/ballot", new { choices = new[] { 3, 1 } }, sato)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/api/v1/polls/{id}/ballot", new { choices = new[] { 2 } }, amelie)).StatusCode);
        var twice = await client.SendAsync(HttpMethod.Put, $"/api/v1/polls/{id}/ballot", new { choices = new[] { 1, 1 } }, amelie);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("ranked twice", (await twice.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var open = await client.GetFromJsonAsync<JsonElement>($"/api/v1/polls/{id}", Ct);
        Assert.Equal("open", open.GetProperty("state").GetString());
        Assert.Equal("ranked", open.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("results").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync(new Uri($"/api/v1/polls/{id}/ballots.csv", UriKind.Relative), Ct)).StatusCode);

        await forum.CloseDuePollsAfterAsync(closesAt);

        var closed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/polls/{id}", Ct);
        Assert.Equal("closed", closed.GetProperty("state").GetString());
        var results = closed.GetProperty("results");
        Assert.Equal("tie", results.GetProperty("outcome").GetProperty("kind").GetString());
        Assert.Equal(2, results.GetProperty("rounds").GetArrayLength());
        var late = await client.SendAsync(HttpMethod.Put, $"/api/v1/polls/{id}/ballot", new { choices = new[] { 1 } }, sato);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("This poll is closed; its ballots and result no longer change.", (await late.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());

        var csv = await client.GetAsync(new Uri($"/api/v1/polls/{id}/ballots.csv", UriKind.Relative), Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["amelie.r,2,1", "sato-k,3;1,1"], lines[3..].Select(l => string.Join(',', l.Split(',')[..3])));
    }

    [Fact]
    public async Task ShouldAnswerProblemDetailsForABadPollAndForADoorThatIsNotTheirs()
    {
        var client = forum.CreateClient();
        var facilitator = await client.TokenAsync("govalpha", ForumClient.DemoPassword);
        var contributor = await client.TokenAsync("tkdev", ForumClient.DemoPassword);
        var (threadId, _) = await client.StartThreadAsync(facilitator, "A thread for bad polls", "Nothing yet.");

        var unknownType = await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/polls", new { type = "plebiscite", question = "Q?", closesAt = forum.Clock.Now.AddDays(1) }, facilitator);
        var noClose = await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/polls", new { question = "Q?" }, facilitator);
        var notTheirs = await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/polls", new { question = "Q?", closesAt = forum.Clock.Now.AddDays(1) }, contributor);
        var snapshot = await client.SendAsync(HttpMethod.Post, "/api/v1/admin/weight-snapshots?label=MKR", null, contributor);
        var anonymous = await client.SendAsync(HttpMethod.Put, "/api/v1/polls/1/ballot", new { choices = new[] { 1 } });

        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
        Assert.True((await unknownType.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("type", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noClose.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, snapshot.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", notTheirs.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ShouldWeighAPollByAnUploadedSnapshotAndPublicDelegation()
    {
        var client = forum.CreateClient();
        var admin = await client.TokenAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        var (wei, funmi) = (await client.TokenAsync("wei_chen", ForumClient.DemoPassword), await client.TokenAsync("funmi.o", ForumClient.DemoPassword));

        using var bad = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/weight-snapshots?label=MKR%20at%20block%2013%2C500%2C000") { Content = new StringContent("wei_chen,12\nghost,1\n") };
        var refused = await client.SendAsync(bad.WithBearer(admin), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Line 2: no member is called @ghost."], (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("csv").EnumerateArray().Select(e => e.GetString()));

        using var good = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/weight-snapshots?label=MKR%20at%20block%2013%2C500%2C000") { Content = new StringContent("wei_chen,12.5\nfunmi.o,7.25\n") };
        var uploaded = await client.SendAsync(good.WithBearer(admin), Ct);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var snapshotId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, "/api/v1/me/delegation", new { to = "wei_chen" }, funmi)).StatusCode);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/delegates/wei_chen", Ct);
        Assert.Equal(7.25m, page.GetProperty("delegatedWeight").GetDecimal());

        var (threadId, _) = await client.StartThreadAsync(admin, "A weighted signal poll thread", "Weighted.");
        var created = await client.SendAsync(HttpMethod.Post, $"/api/v1/threads/{threadId}/polls", new { question = "Ratify?", closesAt = forum.Clock.Now.AddDays(2), weighting = "snapshot", snapshotId }, admin);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        var ballot = await client.SendAsync(HttpMethod.Put, $"/api/v1/polls/{id}/ballot", new { choices = new[] { 1 } }, wei);
        Assert.Equal(19.75m, (await ballot.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("weight").GetDecimal());
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, "/api/v1/me/delegation", null, funmi)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, $"/api/v1/polls/{id}/ballot", null, wei)).StatusCode);
    }
}
