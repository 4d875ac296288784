using System.Net;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Proposals.Import;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>A forum that has imported tests/fixtures/mips-shapes (a 90 KB MIP, component annexes) through the real pipeline.</summary>
public sealed class ShapesFactory : ForumWebFactory, IAsyncLifetime
{
    public new async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var root = Path.Combine(AppContext.BaseDirectory, "mips-shapes");
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => new MipFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ImportMipsCommand(files), TestContext.Current.CancellationToken);
    }
}

public sealed class ImportedDocumentPagesTests(ShapesFactory forum) : IClassFixture<ShapesFactory>
{
    private static string Fixture(string path) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mips-shapes", path));

    [Fact]
    public async Task ShouldRenderANinetyKilobyteProposalWholeAndExportIt()
    {
        var client = forum.CreateClient();

        var page = await client.GetDocumentAsync("/proposals/MIP903");
        var markdown = await client.GetStringAsync("/proposals/MIP903.md", TestContext.Current.CancellationToken);

        var body = page.QuerySelector("article.cooked")!.TextContent;
        Assert.Contains("Paragraph 1. The facilitator", body, StringComparison.Ordinal);
        Assert.Contains("Paragraph 328. The facilitator", body, StringComparison.Ordinal);
        Assert.Contains("The end of the long document.", body, StringComparison.Ordinal);
        Assert.True(markdown.Length > 85_000);
        Assert.EndsWith("The end of the long document.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldListAComponentsAnnexesAndShowEach()
    {
        var client = forum.CreateClient();

        var component = await client.GetDocumentAsync("/proposals/MIP904c5");
        var link = component.QuerySelectorAll(".side-section a").Single(a => a.TextContent == "List of Active Feeds");
        var annex = await client.GetDocumentAsync(link.GetAttribute("href")!);

        Assert.Equal("/proposals/MIP904c5/annexes/MIP904c5-List-of-Active-Feeds", link.GetAttribute("href"));
        Assert.Equal("List of Active Feeds", annex.QuerySelector("h1")!.TextContent);
        Assert.Equal(["EXA/USD", "SAMPLE/USD"], annex.QuerySelectorAll("article.cooked td:first-child").Select(td => td.TextContent));
        Assert.Equal("/proposals/MIP904c5", annex.QuerySelector(".breadcrumbs a[href^='/proposals/M']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ShouldExportAnAnnexAsTheFileItWasImportedFrom()
    {
        var client = forum.CreateClient();

        var page = await client.GetStringAsync("/proposals/MIP904c11/annexes/MIP904c11-List-of-Feed-Whitelists.md", TestContext.Current.CancellationToken);
        var api = await client.GetStringAsync("/api/v1/proposals/MIP904c11/annexes/MIP904c11-List-of-Feed-Whitelists.md", TestContext.Current.CancellationToken);
        var missing = await client.GetAsync("/proposals/MIP904c11/annexes/No-Such-Annex.md", TestContext.Current.CancellationToken);

        Assert.Equal(Fixture("MIP904/MIP904c11-List-of-Feed-Whitelists.md"), page);
        Assert.Equal(page, api);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
