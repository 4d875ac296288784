using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Search;

/// <summary>The search page, the search API and the header's box, on the demo forum.</summary>
public sealed class SearchWebTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class TwoSearchesFactory : ForumWebFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Forum:RateLimits:Search:PermitLimit"] = "2",
            ["Forum:RateLimits:Search:WindowSeconds"] = "600",
        };
    }

    [Fact]
    public async Task ShouldAnswerTheApiWithRankedHitsOfTheAskedType()
    {
        var response = await forum.CreateClient().GetAsync("/api/v1/search?q=offboarding&type=thread", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var hits = page.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("thread", h.GetProperty("kind").GetString()));
        Assert.Contains(hits, h => h.GetProperty("title").GetString()!.StartsWith("MIP41c5-SP2", StringComparison.Ordinal));
        Assert.Contains(hits, h => h.GetProperty("snippet").EnumerateArray().Any(p => p.GetProperty("isMatch").GetBoolean()));
    }

    [Fact]
    public async Task ShouldRefuseMalformedApiParametersWithProblemDetails()
    {
        var client = forum.CreateClient();

        var before = await client.GetAsync("/api/v1/search?q=budget&before=31-01-2026", Ct);
        var status = await client.GetAsync("/api/v1/search?q=budget&status=pending", Ct);
        var onlyExcluded = await client.GetAsync("/api/v1/search?q=-budget", Ct);

        Assert.Equal("before", await ErrorFieldAsync(before));
        Assert.Equal("status", await ErrorFieldAsync(status));
        Assert.Equal("text", await ErrorFieldAsync(onlyExcluded));
    }

    [Fact]
    public async Task ShouldOpenAProposalWhenItsExactCodeIsSearched()
    {
        var response = await forum.CreateBrowserlessClient().GetAsync("/search?q=mip41c5-sp2", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/proposals/MIP41c5-SP2", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ShouldShowHitsWithMarkedWordsAndErrorsInline()
    {
        var client = forum.CreateClient();

        var found = await client.GetDocumentAsync("/search?q=facilit*");
        var refused = await client.GetDocumentAsync("/search?q=budget+before:yesterday");

        Assert.NotEmpty(found.QuerySelectorAll(".search-hit"));
        Assert.All(found.QuerySelectorAll(".search-hit__snippet mark"), m => Assert.StartsWith("facilit", m.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("year-month-day", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(refused.QuerySelectorAll(".search-hit"));
    }

    [Fact]
    public async Task ShouldOfferTheSearchBoxOnEveryPageAndSuggestAsYouType()
    {
        var client = forum.CreateClient();

        var home = await client.GetDocumentAsync("/");
        var suggestions = await client.GetFromJsonAsync<JsonElement>("/api/v1/search/suggestions?q=MIP41c5-S", Ct);

        var box = home.QuerySelector("header form[role=search] input[role=combobox]")!;
        Assert.Equal(("q", "site-search-list"), (box.GetAttribute("name"), box.GetAttribute("aria-controls")));
        var first = suggestions.EnumerateArray().First();
        Assert.Equal(("proposal", "MIP41c5-SP2"), (first.GetProperty("kind").GetString(), first.GetProperty("label").GetString()));
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/search/suggestions?q=m", Ct)).EnumerateArray());
    }

    [Fact]
    public async Task ShouldLimitSearchesPerAddress()
    {
        await using var limited = new TwoSearchesFactory();
        var client = limited.CreateClient();

        await client.GetAsync("/api/v1/search?q=budget", Ct);
        await client.GetAsync("/api/v1/search/suggestions?q=bud", Ct);
        var third = await client.GetAsync("/api/v1/search?q=budget", Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    private static async Task<string> ErrorFieldAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return Assert.Single(problem.GetProperty("errors").EnumerateObject()).Name;
    }
}
