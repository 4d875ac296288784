using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Proposals;

/// <summary>Proposal bodies have their own limit (Forum:Proposals:MaxBodyLength, 256 KB); posts keep 32,000 characters.</summary>
public sealed class ProposalBodyLimitTests
{
    [Fact]
    public async Task ShouldDraftAProposalOfAHundredThousandCharacters()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var sections = ProposalFixture.OffboardingSections();
        sections["Motivation"] = Paragraphs(100_000);

        var draft = await forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", "Facilitator Offboarding (RWF-001)", "", sections), asMember: forum.Facilitator);

        var stored = await forum.ReadAsync(db => db.Proposals.Where(p => p.Id == draft.Id).Select(p => new { p.BodyMarkdown, p.BodyCooked }).SingleAsync(TestContext.Current.CancellationToken));
        Assert.True(stored.BodyMarkdown.Length > 100_000);
        Assert.Contains("Paragraph 700 of the motivation", stored.BodyCooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseAProposalTextOverTheLimitNamingTheField()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var sections = ProposalFixture.OffboardingSections();
        sections["Motivation"] = new string('x', 262_145);

        var drafting = await Assert.ThrowsAsync<RequestValidationException>(() =>
            forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", "Facilitator Offboarding (RWF-001)", "", sections), asMember: forum.Facilitator));
        var draft = await forum.DraftAsync();
        var updating = await Assert.ThrowsAsync<RequestValidationException>(() =>
            forum.Host.SendAsync(new UpdateProposalCommand(draft.Id, "Facilitator Offboarding (RWF-001)", "", null, new string('x', 262_145), draft.Version), asMember: forum.Facilitator));

        Assert.StartsWith("A proposal's text is limited to 262,144 characters; this one has ", Assert.Single(drafting.Errors["sections"]), StringComparison.Ordinal);
        Assert.Equal("A proposal's text is limited to 262,144 characters; this one has 262,145.", Assert.Single(updating.Errors["body"]));
    }

    [Fact]
    public async Task ShouldStillRefuseAPostOverThirtyTwoThousandCharacters()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, new string('x', 32_001)), asMember: forum.Other));

        Assert.Equal("Posts are limited to 32,000 characters; this one has 32,001.", Assert.Single(error.Errors["body"]));
    }

    [Fact]
    public async Task ShouldRefuseABodyLimitOutsideItsRangeWithAMessage()
    {
        await using var host = await ForumTestHost.StartAsync(new Dictionary<string, string?> { ["Forum:Proposals:MaxBodyLength"] = "10" });
        var facilitator = await host.MemberAsync("lena.v", Domain.Members.MemberRoles.Contributor | Domain.Members.MemberRoles.Facilitator);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            host.SendAsync(new DraftProposalCommand(null, "A new MIP about limits", "", new Dictionary<string, string>()), asMember: facilitator));

        Assert.Contains("Forum:Proposals:MaxBodyLength must be 1000–4194304.", error.Message, StringComparison.Ordinal);
    }

    private static string Paragraphs(int length)
    {
        var text = new StringBuilder();
        for (var n = 1; text.Length < length; n++)
        {
            text.Append("Paragraph ").Append(n).Append(" of the motivation: the facilitator stepped down and the budget is wound up as agreed.\n\n");
        }

        return text.ToString();
    }
}
