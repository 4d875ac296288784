namespace MipForum.Application.Tests.Markdown;

/// <summary>Discourse's folds, <c>[details="Summary"]</c> … <c>[/details]</c>, as every post may write them.</summary>
public sealed class DetailsRenderingTests
{
    [Fact]
    public async Task ShouldRenderAFoldWithItsSummaryAndMarkdownInside() =>
        Assert.Equal(
            "<details>\n<summary>Budget breakdown</summary>\n<ul>\n<li>Q1: <strong>20,500</strong></li>\n</ul>\n</details>",
            await Renderers.HtmlAsync("[details=\"Budget breakdown\"]\n- Q1: **20,500**\n[/details]"));

    [Fact]
    public async Task ShouldEscapeTheSummaryBecauseItIsText() =>
        Assert.Equal(
            "<details>\n<summary>&lt;img src=x onerror=alert(1)&gt;</summary>\n<p>inside</p>\n</details>",
            await Renderers.HtmlAsync("[details=\"<img src=x onerror=alert(1)>\"]\ninside\n[/details]"));

    [Fact]
    public async Task ShouldNestFoldsAndCallOneWithoutASummarySummary() =>
        Assert.Equal(
            "<details>\n<summary>Summary</summary>\n<p>outer</p>\n<details>\n<summary>inner</summary>\n<p>deep</p>\n</details>\n</details>",
            await Renderers.HtmlAsync("[details]\nouter\n[details=\"inner\"]\ndeep\n[/details]\n[/details]"));

    [Fact]
    public async Task ShouldLeaveMarkersThatAreNotAloneOnTheirLineAsText() =>
        Assert.Equal(
            "<p>[details=\"x\"]one line[/details]</p>",
            await Renderers.HtmlAsync("[details=\"x\"]one line[/details]"));

    [Fact]
    public async Task ShouldIndexTheSummaryAndTheFoldedTextForSearch()
    {
        var cooked = await Renderers.CookAsync("[details=\"Budget breakdown\"]\nfolded words\n[/details]");

        Assert.Contains("Budget breakdown", cooked.Text, StringComparison.Ordinal);
        Assert.Contains("folded words", cooked.Text, StringComparison.Ordinal);
    }
}
