using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Proposals;
using MipForum.Web.Components.Shared;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Web.Tests.Components;

public sealed class ProposalFactsTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public ProposalFactsTests() => Services.AddSingleton<TimeProvider>(new TestClock(Now));

    private static ProposalDetail Detail(ProposalStatus status, string? parent, DateTimeOffset? ratified) => new(
        Id: 7,
        Code: "MIP41c5-SP2",
        Title: "Facilitator Offboarding (RWF-001)",
        Kind: ProposalKind.Subproposal,
        Status: status,
        ParentCode: parent,
        ParentTitle: parent is null ? null : "Facilitator Offboarding",
        Summary: "Offboards the facilitator of RWF-001.",
        Author: new MemberRef("moshe_f", "Moshe F."),
        ProposedAt: Now.AddDays(-12),
        UpdatedAt: Now.AddDays(-2),
        RatifiedAt: ratified,
        BodyCooked: "<p>body</p>",
        Children: [],
        Threads: []);

    [Fact]
    public void ShouldShowPreambleFactsWhenRendered()
    {
        var facts = Render<ProposalFacts>(p => p.Add(c => c.Proposal, Detail(ProposalStatus.FormalSubmission, "MIP41c5", null)));

        var rows = facts.FindAll("dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!);
        Assert.Equal("MIP41c5-SP2", rows["Code"].TextContent);
        Assert.Equal("Subproposal", rows["Kind"].TextContent);
        Assert.Equal("Formal Submission", rows["Status"].TextContent.Trim());
        Assert.Equal("badge badge--formalsubmission", rows["Status"].QuerySelector("span")!.ClassName);
        Assert.Equal("/proposals/MIP41c5", rows["Parent"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("12 days ago", rows["Proposed"].TextContent.Trim());
        Assert.False(rows.ContainsKey("Ratified"));
    }

    [Fact]
    public void ShouldShowRatificationAndNoParentWhenAcceptedMip()
    {
        var facts = Render<ProposalFacts>(p => p.Add(c => c.Proposal, Detail(ProposalStatus.Accepted, null, Now.AddDays(-400))));

        var terms = facts.FindAll("dt").Select(d => d.TextContent).ToList();
        Assert.DoesNotContain("Parent", terms);
        Assert.Contains("Ratified", terms);
        Assert.Equal("Accepted", facts.Find(".badge").TextContent);
    }
}
