using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Proposals.Import;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Proposals;

/// <summary>The sample of the public makerdao/mips repository (tests/fixtures/mips-sample, MIT) imported through the real pipeline.</summary>
public sealed class ImportMipsTests
{
    private static IReadOnlyList<MipFile> SampleFolder()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "mips-sample");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new MipFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
    }

    [Fact]
    public async Task ShouldImportEveryDocumentOfTheSampleAndReportWhatWasOdd()
    {
        await using var host = await ForumTestHost.StartAsync();

        var report = await host.SendAsSystemAsync(new ImportMipsCommand(SampleFolder()));

        Assert.Equal(8, report.Files.Count);
        Assert.Equal(8, report.FilesRead);
        Assert.True(report.AddsUp);
        Assert.Equal(
            ["MIP0", "MIP41", "MIP41c4-SP1", "MIP41c5-SP1"],
            report.Files.Where(f => f.Outcome == ImportOutcome.Created).Select(f => f.Code!).Order(StringComparer.Ordinal));
        Assert.Equal(3, report.Count(ImportOutcome.Template));
        Assert.Equal(["COPYING"], report.Files.Where(f => f.Outcome == ImportOutcome.NotAMipDocument).Select(f => f.Path));
        var mip41 = report.Files.Single(f => f.Code == "MIP41");
        Assert.Contains("Date Ratified '2021-25-03' read as year-day-month (2021-03-25).", mip41.Warnings);
        var sp1 = report.Files.Single(f => f.Code == "MIP41c5-SP1");
        Assert.Contains("Date Ratified 'N/A' is not a date; kept as written, no date recorded.", sp1.Warnings);

        var offboarding = (await host.SendAsync(new GetProposalQuery("MIP41c5-SP1")))!;
        Assert.Equal("Facilitator Offboarding - Amy Jung", offboarding.Title);
        Assert.Equal(ProposalStatus.Accepted, offboarding.Status);
        Assert.Equal("MIP41c5", offboarding.ParentCode);
        Assert.Equal(new DateTimeOffset(2021, 5, 27, 0, 0, 0, TimeSpan.Zero), offboarding.ProposedAt);
        Assert.Null(offboarding.RatifiedAt);
        Assert.Contains(new PreambleEntry("Date Ratified", "N/A"), offboarding.Preamble);
        Assert.Equal("This subproposal offboards Amy Jung from Operational Support.", offboarding.Summary);

        var component = (await host.SendAsync(new GetProposalQuery("MIP41c5")))!;
        Assert.Equal((14, 7), (component.FeedbackDays, component.FrozenDays));
        Assert.True(component.HasTemplate);
        var template = (await host.SendAsync(new GetTemplateQuery("MIP41c5")))!;
        Assert.Equal(
            ["Sentence Summary", "Paragraph Summary", "Specification", "Motivation", "Powers for Unwinding Plan", "Core Unit ID"],
            template.Sections.Select(s => s.Heading));
        Assert.True(template.Sections.Single(s => s.Heading == "Specification").IsGroup);
        Assert.NotNull(template.Sections.Single(s => s.Heading == "Core Unit ID").FormatPattern);
        Assert.Equal((30, 7), ((await host.SendAsync(new GetProposalQuery("MIP41c4")))!.FeedbackDays, (await host.SendAsync(new GetProposalQuery("MIP41c4")))!.FrozenDays));
    }

    [Fact]
    public async Task ShouldUpdateRatherThanDuplicateWhenTheSameFolderIsImportedAgain()
    {
        await using var host = await ForumTestHost.StartAsync();
        var files = SampleFolder();
        await host.SendAsSystemAsync(new ImportMipsCommand(files));
        var count = await host.InScopeAsync(s => s.GetRequiredService<Infrastructure.Persistence.ForumDbContext>().Proposals.CountAsync(TestContext.Current.CancellationToken));

        var again = await host.SendAsSystemAsync(new ImportMipsCommand(files));
        var changed = files.Select(f => f.Path == "MIP41/MIP41c5-Subproposals/MIP41c5-SP1.md" ? f with { Content = f.Content.Replace("on entirely good terms", "on good terms", StringComparison.Ordinal) } : f).ToList();
        var third = await host.SendAsSystemAsync(new ImportMipsCommand(changed));

        Assert.Equal(0, again.Count(ImportOutcome.Created));
        Assert.Equal(4, again.Count(ImportOutcome.Unchanged));
        Assert.Equal(count, await host.InScopeAsync(s => s.GetRequiredService<Infrastructure.Persistence.ForumDbContext>().Proposals.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(ImportOutcome.Updated, third.Files.Single(f => f.Code == "MIP41c5-SP1").Outcome);
        var detail = (await host.SendAsync(new GetProposalQuery("MIP41c5-SP1")))!;
        Assert.Equal(1, detail.RevisionCount);
        Assert.Contains("on good terms", detail.BodyCooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldGiveTheSameDocumentBackWhenAnExportIsImported()
    {
        await using var host = await ForumTestHost.StartAsync();
        await host.SendAsSystemAsync(new ImportMipsCommand(SampleFolder()));
        var codes = new[] { "MIP0", "MIP41", "MIP41c4-SP1", "MIP41c5-SP1" };
        var exported = new Dictionary<string, string>();
        foreach (var code in codes)
        {
            exported[code] = (await host.SendAsync(new GetProposalDocumentQuery(code)))!;
        }

        await using var second = await ForumTestHost.StartAsync();
        await second.SendAsSystemAsync(new ImportMipsCommand(exported.Select(e => new MipFile($"{e.Key}.md", e.Value)).ToList()));

        foreach (var code in codes)
        {
            Assert.Equal(exported[code], await second.SendAsync(new GetProposalDocumentQuery(code)));
            var original = MipDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mips-sample", SamplePath(code))));
            var roundTripped = MipDocument.Parse(exported[code]);
            Assert.Equal(original.Preamble, roundTripped.Preamble);
            Assert.Equal(original.Body.Trim(), roundTripped.Body.Trim());
            Assert.Equal(original.Heading, roundTripped.Heading);
        }
    }

    [Fact]
    public async Task ShouldLeaveImportsToAdmins()
    {
        await using var host = await ForumTestHost.StartAsync();
        var facilitator = await host.MemberAsync("lena.v", MemberRoles.Facilitator);

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new ImportMipsCommand(SampleFolder()), asMember: facilitator));
        await Assert.ThrowsAsync<NotSignedInException>(() => host.SendAsync(new ImportMipsCommand(SampleFolder())));
    }

    private static string SamplePath(string code) => code switch
    {
        "MIP0" => "MIP0/mip0.md",
        "MIP41" => "MIP41/mip41.md",
        "MIP41c4-SP1" => "MIP41/MIP41c4-Subproposals/MIP41c4-SP1.md",
        _ => "MIP41/MIP41c5-Subproposals/MIP41c5-SP1.md",
    };
}
