using Microsoft.EntityFrameworkCore;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Proposals.Import;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Proposals;

/// <summary>An import never rewrites a proposal its authors drafted and published on this forum, whatever file names its code.</summary>
public sealed class ImportKeepsForumProposalsTests
{
    [Fact]
    public async Task ShouldReportFailedAndChangeNothingWhenAFileNamesAForumPublishedProposal()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var draft = await forum.DraftAsync();
        var published = await forum.Host.SendAsync(new PublishProposalCommand(draft.Id), forum.Facilitator);
        var hijack = new MipFile("MIP41/notes.md", $"""
            # Facilitator Offboarding (RWF-001) - HIJACKED

            ## Preamble

            ```
            MIP41c5-SP#: {published.Code!.Split("SP")[1]}
            Title: Hijacked
            Author(s): attacker
            Status: Accepted
            Date Ratified: 2026-11-02
            ```

            ## Sentence Summary

            Rewritten by a file.
            """);

        var report = await forum.Host.SendAsSystemAsync(new ImportMipsCommand([hijack]));

        var line = Assert.Single(report.Files);
        Assert.Equal(ImportOutcome.Failed, line.Outcome);
        Assert.Contains("drafted and published on this forum", Assert.Single(line.Warnings), StringComparison.Ordinal);
        var stored = await forum.ReadAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Code == published.Code, TestContext.Current.CancellationToken));
        Assert.Equal("Facilitator Offboarding (RWF-001)", stored.Title);
        Assert.Equal(ProposalStatus.Rfc, stored.Status);
        Assert.Equal(1, stored.Version);
    }
}
