using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

public sealed class LatestThreadsPageTests(ForumWebFactory forum)
{
    [Fact]
    public async Task ShouldListDemoThreadsWithProposalAndStatusWhenOpened()
    {
        var page = await forum.CreateClient().GetDocumentAsync("/");

        var rows = page.QuerySelectorAll(".thread-row");
        Assert.True(rows.Length >= 5);
        var offboarding = rows.Single(r => r.QuerySelector(".thread-row__title").Text() == DemoThreads.OffboardingTitle);
        Assert.Matches($"^/t/{DemoThreads.OffboardingSlug}/[0-9]+$", offboarding.QuerySelector(".thread-row__title")!.GetAttribute("href"));
        Assert.Equal("MIP41c5-SP2", offboarding.QuerySelector(".proposal-chip").Text());
        Assert.Equal("RFC", offboarding.QuerySelector(".badge").Text());
        Assert.Equal("MIPs", offboarding.QuerySelector(".category-chip").Text());
        Assert.Equal("14", offboarding.QuerySelector(".thread-row__count").Text());
        Assert.NotNull(offboarding.QuerySelector("time[datetime][title]"));
        Assert.Contains(rows, r => r.QuerySelector(".category-chip").Text() == "General");
    }

    [Fact]
    public async Task ShouldShowFirstPageWhenPageParameterIsNotANumber()
    {
        var page = await forum.CreateClient().GetDocumentAsync("/?page=abc");

        Assert.NotEmpty(page.QuerySelectorAll(".thread-row"));
    }

    [Fact]
    public async Task ShouldSayEmptyWhenPageIsBeyondTheLast()
    {
        var page = await forum.CreateClient().GetDocumentAsync("/?page=500");

        Assert.Empty(page.QuerySelectorAll(".thread-row"));
        Assert.Contains("No threads on this page", page.QuerySelector(".empty-state").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldFilterByCategoryAndIgnoreMalformedFilters()
    {
        var client = forum.CreateClient();

        var general = await client.GetDocumentAsync("/?category=general&sort=created");
        var malformed = await client.GetDocumentAsync("/?category=%3Cscript%3E&status=bogus&tag=NOT%20A%20TAG");

        Assert.All(general.QuerySelectorAll(".thread-row .category-chip"), chip => Assert.Equal("General", chip.Text()));
        Assert.NotEmpty(general.QuerySelectorAll(".thread-row"));
        Assert.Equal("general", general.QuerySelector("select[name=category] option[selected]")?.GetAttribute("value"));
        Assert.True(malformed.QuerySelectorAll(".thread-row").Length >= 5);
    }
}
