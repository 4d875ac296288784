using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

/// <summary>Drafting, publishing, moving and exporting a subproposal through /api/v1 with bearer tokens.</summary>
public sealed class ProposalWritingApiTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    private static object Sections(string coreUnit) => new Dictionary<string, string>
    {
        ["Sentence Summary"] = $"Offboards the facilitator of {coreUnit}.",
        ["Paragraph Summary"] = "The facilitator stepped down.",
        ["Motivation"] = "Resigned.",
        ["Powers for Unwinding Plan"] = "Keep the multisig for 30 days.",
        ["Core Unit ID"] = coreUnit,
    };

    [Fact]
    public async Task ShouldDraftPublishMoveAndExportThroughTheApi()
    {
        var client = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var moshe = await client.TokenAsync("moshe_f", ForumClient.DemoPassword);
        var admin = await client.TokenAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);

        var template = await client.GetFromJsonAsync<JsonElement>("/api/v1/templates/MIP41c5", ct);
        Assert.Equal(14, template.GetProperty("feedbackDays").GetInt32());
        Assert.Contains("Core Unit ID", template.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()));

        var drafted = await client.SendAsync(HttpMethod.Post, "/api/v1/proposals", new { parentCode = "MIP41c5", title = "Facilitator Offboarding (API-001)", summary = "Through the API.", sections = Sections("API-001"), tags = new[] { "api-001" } }, moshe);
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var id = (await drafted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/api/v1/proposals/{id}", null, admin)).StatusCode);

        var published = await client.SendAsync(HttpMethod.Post, $"/api/v1/proposals/{id}/publish", new { }, moshe);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var code = (await published.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString()!;
        Assert.StartsWith("MIP41c5-SP", code, StringComparison.Ordinal);

        var early = await client.SendAsync(HttpMethod.Post, $"/api/v1/proposals/{code}/transitions", new { to = "Formal Submission", reason = "Hurry" }, admin);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType?.MediaType);
        var moved = await client.SendAsync(HttpMethod.Post, $"/api/v1/proposals/{code}/transitions", new { to = "FormalSubmission", reason = "Emergency", @override = true }, admin);
        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        Assert.True((await moved.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("isOverride").GetBoolean());

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{code}", ct);
        Assert.Equal("formal-submission", detail.GetProperty("status").GetString());
        Assert.Equal(2, detail.GetProperty("timeline").GetArrayLength());
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/proposals?tag=api-001", ct);
        Assert.Equal(code, listed.GetProperty("items")[0].GetProperty("code").GetString());

        var document = await client.GetAsync($"/proposals/{code}.md", ct);
        Assert.Equal("text/markdown", document.Content.Headers.ContentType?.MediaType);
        var text = await document.Content.ReadAsStringAsync(ct);
        Assert.StartsWith($"# {code}: Facilitator Offboarding (API-001)\n\n## Preamble\n\n```\nMIP41c5-SP#: ", text, StringComparison.Ordinal);
        Assert.Contains("Status: Formal Submission\n", text, StringComparison.Ordinal);
        Assert.Contains("### Core Unit ID\n\nAPI-001\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswerProblemDetailsForMissingSectionsAndForContributors()
    {
        var client = forum.CreateClient();
        var moshe = await client.TokenAsync("moshe_f", ForumClient.DemoPassword);
        var tkdev = await client.TokenAsync("tkdev", ForumClient.DemoPassword);

        var invalid = await client.SendAsync(HttpMethod.Post, "/api/v1/proposals", new { parentCode = "MIP41c5", title = "Facilitator Offboarding (API-002)", sections = new Dictionary<string, string>() }, moshe);
        var forbidden = await client.SendAsync(HttpMethod.Post, "/api/v1/proposals", new { parentCode = "MIP41c5", title = "Facilitator Offboarding (API-002)", sections = Sections("API-002") }, tkdev);
        var unknownTemplate = await client.GetAsync("/api/v1/templates/MIP99c9", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("sections[Core Unit ID]", out _));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownTemplate.StatusCode);
    }
}
