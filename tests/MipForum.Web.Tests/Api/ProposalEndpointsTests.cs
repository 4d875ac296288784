using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

public sealed class ProposalEndpointsTests(ForumWebFactory forum)
{
    [Fact]
    public async Task ShouldReturnPagedSummariesWhenListing()
    {
        var json = await forum.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/proposals", TestContext.Current.CancellationToken);

        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.True(json.GetProperty("pageSize").GetInt32() > 0);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(json.GetProperty("total").GetInt32(), items.Count);
        var sp2 = items.Single(i => i.GetProperty("code").GetString() == "MIP41c5-SP2");
        Assert.Equal("Facilitator Offboarding (RWF-001)", sp2.GetProperty("title").GetString());
        Assert.Equal("subproposal", sp2.GetProperty("kind").GetString());
        Assert.Equal("rfc", sp2.GetProperty("status").GetString());
        Assert.Equal("MIP41c5", sp2.GetProperty("parentCode").GetString());
    }

    [Fact]
    public async Task ShouldFilterWhenStatusGiven()
    {
        var json = await forum.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/proposals?status=rfc", TestContext.Current.CancellationToken);

        var statuses = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).Distinct();
        Assert.Equal(["rfc"], statuses);
    }

    [Fact]
    public async Task ShouldReturnDetailWhenCodeExists()
    {
        var json = await forum.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/proposals/MIP41c5", TestContext.Current.CancellationToken);

        Assert.Equal("component", json.GetProperty("kind").GetString());
        Assert.Equal("MIP41", json.GetProperty("parentCode").GetString());
        Assert.Contains("MIP41c5-SP2", json.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Contains("<h2", json.GetProperty("bodyCooked").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswerProblemNotFoundWhenCodeIsUnknown()
    {
        var response = await forum.CreateClient().GetAsync("/api/v1/proposals/MIP999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("MIP999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/proposals/RWF-001", "code")]
    [InlineData("/api/v1/proposals?status=bogus", "status")]
    [InlineData("/api/v1/proposals?page=0", "page")]
    public async Task ShouldAnswerValidationProblemWhenInputIsMalformed(string url, string field)
    {
        var response = await forum.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages));
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
