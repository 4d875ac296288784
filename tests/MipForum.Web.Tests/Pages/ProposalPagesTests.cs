using System.Net;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

public sealed class ProposalPagesTests(ForumWebFactory forum)
{
    [Fact]
    public async Task ShouldListProposalsWithKindAndStatusWhenOpened()
    {
        var page = await forum.CreateClient().GetDocumentAsync("/proposals");

        var rows = page.QuerySelectorAll(".proposal-table tbody tr");
        var codes = rows.Select(r => r.QuerySelector(".proposal-chip").Text()).ToList();
        Assert.True(codes.IndexOf("MIP41") < codes.IndexOf("MIP41c4"));
        Assert.True(codes.IndexOf("MIP41c4") < codes.IndexOf("MIP41c5"));
        Assert.True(codes.IndexOf("MIP41c5") < codes.IndexOf("MIP41c5-SP2"));
        var subproposal = rows.Single(r => r.QuerySelector(".proposal-chip").Text() == "MIP41c5-SP2");
        Assert.Equal("Subproposal", subproposal.Children[2].Text());
        Assert.Equal("RFC", subproposal.QuerySelector(".badge").Text());
    }

    [Fact]
    public async Task ShouldShowFactsBodyAndDiscussionWhenSubproposalOpened()
    {
        var page = await forum.CreateClient().GetDocumentAsync("/proposals/MIP41c5-SP2");

        Assert.Equal("Facilitator Offboarding (RWF-001)", page.QuerySelector("h1").Text());
        var facts = page.QuerySelector("dl.facts")!;
        Assert.Contains("Subproposal", facts.Text(), StringComparison.Ordinal);
        Assert.Contains("RFC", facts.QuerySelector(".badge").Text(), StringComparison.Ordinal);
        Assert.Equal("/proposals/MIP41c5", facts.QuerySelector("a[href^='/proposals/']")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("article.cooked h2"));
        var discussion = page.QuerySelector(".side-section a")!;
        Assert.StartsWith($"/t/{DemoThreads.OffboardingSlug}/", discussion.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldListChildrenWhenMipOpened()
    {
        var page = await forum.CreateClient().GetDocumentAsync("/proposals/MIP41");

        var children = page.QuerySelectorAll(".child-list .proposal-chip").Select(a => a.Text()).ToList();
        Assert.Equal(["MIP41c4", "MIP41c5"], children);
        Assert.Equal("Components", page.QuerySelector(".children h2").Text());
    }

    [Fact]
    public async Task ShouldRedirectToCanonicalCodeWhenCaseDiffers()
    {
        var response = await forum.CreateBrowserlessClient().GetAsync("/proposals/mip41c5-sp2", TestContext.Current.CancellationToken);

        Assert.EndsWith("/proposals/MIP41c5-SP2", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/proposals/MIP99")]
    [InlineData("/proposals/MIP41c5-SP99")]
    [InlineData("/proposals/not-a-code")]
    public async Task ShouldShowNotFoundPageWhenProposalDoesNotExist(string url)
    {
        var response = await forum.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(response)).QuerySelector("h1").Text());
    }
}
