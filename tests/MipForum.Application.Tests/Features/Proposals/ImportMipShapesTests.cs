using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Proposals.Import;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Proposals;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Proposals;

/// <summary>
/// The shapes of the real MIPs repository that the import used to lose (tests/fixtures/mips-shapes, written for these
/// tests): a heading without a code, an indented heading, a 90 KB document, component annexes, repository files.
/// </summary>
public sealed class ImportMipShapesTests
{
    internal static List<MipFile> Folder(string name)
    {
        var root = Path.Combine(AppContext.BaseDirectory, name);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new MipFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
    }

    [Fact]
    public async Task ShouldImportEveryShapeAndAccountForEveryFileRead()
    {
        await using var host = await ForumTestHost.StartAsync();

        var report = await host.SendAsSystemAsync(new ImportMipsCommand(Folder("mips-shapes")));

        Assert.Equal(12, report.FilesRead);
        Assert.True(report.AddsUp);
        Assert.Equal(
            ["MIP901", "MIP902", "MIP902c2-SP14", "MIP903", "MIP904", "MIP904c11", "MIP904c5", "MIP906"],
            report.Files.Where(f => f.Outcome == ImportOutcome.Created).Select(f => f.Code!).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["MIP904/MIP904c11-List-of-Feed-Whitelists.md", "MIP904/MIP904c5-List-of-Active-Feeds.md"],
            report.Files.Where(f => f.IsAnnex).Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(2, report.Annexes);
        Assert.Equal(
            ["MIP906/placeholder.md", "MIP907/placeholder.md", "README.md", "active_tags.md"],
            report.Files.Where(f => f.Outcome == ImportOutcome.Skipped).Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Contains("The heading has no code; MIP901 is taken from the preamble.", report.Files.Single(f => f.Code == "MIP901").Warnings);
        Assert.Contains("The title heading is indented by 2 spaces; read as the title.", report.Files.Single(f => f.Code == "MIP902c2-SP14").Warnings);
        Assert.Contains("The heading says MIP906 but the preamble says MIP96; the heading's MIP906 is used.", report.Files.Single(f => f.Code == "MIP906").Warnings);

        var charter = (await host.SendAsync(new GetProposalQuery("MIP901")))!;
        Assert.Equal(("Forum Alignment Charter", ProposalStatus.Accepted), (charter.Title, charter.Status));
        Assert.Equal(["MIP901c1", "MIP901c2"], charter.Children.Select(c => c.Code));
        var amendment = (await host.SendAsync(new GetProposalQuery("MIP902c2-SP14")))!;
        Assert.Equal(("Amendment Subproposal", ProposalStatus.Rfc, "MIP902c2"), (amendment.Title, amendment.Status, amendment.ParentCode));
        var feeds = (await host.SendAsync(new GetProposalQuery("MIP904c5")))!;
        Assert.Equal([new AnnexRef("MIP904c5-List-of-Active-Feeds.md", "List of Active Feeds")], feeds.Annexes);
        var whitelists = (await host.SendAsync(new GetProposalAnnexQuery("MIP904c11", "MIP904c11-List-of-Feed-Whitelists")))!;
        Assert.Equal("List of Feed Whitelists", whitelists.Title);
        Assert.Contains("<strong>EXA/USD</strong>", whitelists.Cooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldStoreALongDocumentWholeAndItsComponentOverThePostLimit()
    {
        await using var host = await ForumTestHost.StartAsync();

        var report = await host.SendAsSystemAsync(new ImportMipsCommand(Folder("mips-shapes").Where(f => f.Path.StartsWith("MIP903/", StringComparison.Ordinal)).ToList()));

        Assert.Equal(ImportOutcome.Created, Assert.Single(report.Files).Outcome);
        var stored = await host.InScopeAsync(s => s.GetRequiredService<ForumDbContext>().Proposals
            .Where(p => p.MipNumber == 903).OrderBy(p => p.Id).Select(p => new { p.Code, p.BodyMarkdown, p.BodyCooked }).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["MIP903", "MIP903c1", "MIP903c2", "MIP903c3", "MIP903c4"], stored.Select(p => p.Code));
        Assert.True(stored[0].BodyMarkdown.Length > 85_000);
        Assert.True(stored[1].BodyMarkdown.Length > 32_000);
        Assert.Contains("Paragraph 328.", stored[0].BodyCooked, StringComparison.Ordinal);
        Assert.Contains("The end of the long document.", stored[0].BodyCooked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MIP901/MIP901.md")]
    [InlineData("MIP902/MIP902c2-Subproposals/MIP902c2-SP14.md")]
    [InlineData("MIP903/MIP903.md")]
    [InlineData("MIP904/MIP904c5-List-of-Active-Feeds.md")]
    [InlineData("MIP904/MIP904c11-List-of-Feed-Whitelists.md")]
    [InlineData("MIP906/MIP906.md")]
    public async Task ShouldExportEachShapeBackAndReimportItUnchanged(string path)
    {
        await using var host = await ForumTestHost.StartAsync();
        var folder = Folder("mips-shapes");
        var first = await host.SendAsSystemAsync(new ImportMipsCommand(folder));
        var imported = first.Files.Single(f => f.Path == path);

        var again = await host.SendAsSystemAsync(new ImportMipsCommand(folder));
        var exported = await ExportAsync(host, imported);
        var reimported = await host.SendAsSystemAsync(new ImportMipsCommand([new MipFile(path, exported)]));

        Assert.Equal(ImportOutcome.Unchanged, again.Files.Single(f => f.Path == path).Outcome);
        Assert.DoesNotContain(again.Files, f => f.Outcome is ImportOutcome.Created or ImportOutcome.Updated or ImportOutcome.Failed);
        Assert.Equal(ImportOutcome.Unchanged, Assert.Single(reimported.Files).Outcome);

        // Into an empty forum, the export alone gives back the same document.
        await using var fresh = await ForumTestHost.StartAsync();
        var alone = await fresh.SendAsSystemAsync(new ImportMipsCommand([new MipFile(path, exported)]));
        Assert.Equal(ImportOutcome.Created, Assert.Single(alone.Files).Outcome);
        Assert.Equal(exported, await ExportAsync(fresh, alone.Files[0]));

        var original = MipDocument.Parse(folder.Single(f => f.Path == path).Content);
        var roundTripped = MipDocument.Parse(exported);
        Assert.Equal(original.Preamble, roundTripped.Preamble);
        Assert.Equal(original.Body.Trim(), roundTripped.Body.Trim());
        Assert.Equal(original.Heading, roundTripped.Heading); // a heading without a code goes back without one
    }

    [Fact]
    public async Task ShouldStoreNothingOfAFileWhoseComponentFails()
    {
        await using var host = await ForumTestHost.StartAsync();
        var files = Folder("mips-failing").Concat(Folder("mips-shapes").Where(f => f.Path == "MIP902/MIP902.md")).ToList();

        var report = await host.SendAsSystemAsync(new ImportMipsCommand(files));

        var failed = report.Files.Single(f => f.Path == "MIP905/MIP905.md");
        Assert.Equal(ImportOutcome.Failed, failed.Outcome);
        Assert.Contains("Not imported, nothing of it was stored: A proposal title has at most 200 characters.", failed.Warnings);
        Assert.Equal(ImportOutcome.Created, report.Files.Single(f => f.Path == "MIP902/MIP902.md").Outcome);
        Assert.True(report.AddsUp);
        var stored = await host.InScopeAsync(s => s.GetRequiredService<ForumDbContext>().Proposals.Select(p => p.Code!).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["MIP902", "MIP902c2"], stored.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ShouldUpdateAChangedAnnex()
    {
        await using var host = await ForumTestHost.StartAsync();
        var folder = Folder("mips-shapes");
        await host.SendAsSystemAsync(new ImportMipsCommand(folder));
        const string path = "MIP904/MIP904c5-List-of-Active-Feeds.md";
        var changed = folder.Select(f => f.Path == path ? f with { Content = f.Content.Replace("| SAMPLE/USD | 9 |", "| SAMPLE/USD | 11 |", StringComparison.Ordinal) } : f).ToList();

        var report = await host.SendAsSystemAsync(new ImportMipsCommand(changed));

        Assert.Equal(ImportOutcome.Updated, report.Files.Single(f => f.Path == path).Outcome);
        Assert.Equal(1, report.Count(ImportOutcome.Updated));
        var annex = (await host.SendAsync(new GetProposalAnnexQuery("MIP904c5", "MIP904c5-List-of-Active-Feeds.md")))!;
        Assert.Contains("| SAMPLE/USD | 11 |", annex.Markdown, StringComparison.Ordinal);
        Assert.Contains("<td>11</td>", annex.Cooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRecookAnAnnexWithTheProposals()
    {
        await using var host = await ForumTestHost.StartAsync();
        await host.SendAsSystemAsync(new ImportMipsCommand(Folder("mips-shapes").Where(f => f.Path.StartsWith("MIP904/", StringComparison.Ordinal)).ToList()));
        await host.InScopeAsync(s => s.GetRequiredService<ForumDbContext>().Database.ExecuteSqlRawAsync("UPDATE ProposalAnnexes SET Cooked = '<p>old pipeline</p>'", TestContext.Current.CancellationToken));

        var report = await host.SendAsSystemAsync(new Application.Features.Markdown.RecookContentCommand());

        // Examined: MIP904, its two components and the two annexes. Changed: the two stale annexes, and MIP904, whose body
        // names its components, which did not exist yet when the import cooked it (a re-cook links them).
        Assert.Equal((5, 3, 0), (report.ProposalsExamined, report.ProposalsChanged, report.Failed));
        var annex = (await host.SendAsync(new GetProposalAnnexQuery("MIP904c5", "MIP904c5-List-of-Active-Feeds")))!;
        Assert.Contains("<td>EXA/USD</td>", annex.Cooked, StringComparison.Ordinal);
    }

    private static async Task<string> ExportAsync(ForumTestHost host, FileReport file) =>
        file.IsAnnex
            ? (await host.SendAsync(new GetProposalAnnexQuery(file.Code!, Path.GetFileName(file.Path))))!.Markdown
            : (await host.SendAsync(new GetProposalDocumentQuery(file.Code!)))!;
}
