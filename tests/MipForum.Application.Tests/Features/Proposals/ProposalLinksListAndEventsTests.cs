using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Common;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Proposals;

public sealed class ProposalLinksListAndEventsTests
{
    private static async Task<ProposalFixture> TwoPublishedAsync()
    {
        var forum = await ProposalFixture.StartAsync();
        foreach (var unit in new[] { "RWF-001", "SES-001" })
        {
            var draft = await forum.DraftAsync(unit);
            await forum.Host.SendAsync(new PublishProposalCommand(draft.Id), asMember: forum.Facilitator);
        }

        return forum;
    }

    [Fact]
    public async Task ShouldShowALinkOnBothProposalsWordedFromEachSide()
    {
        var forum = await TwoPublishedAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsync(new LinkProposalsCommand("MIP41c5-SP2", "MIP41c5-SP1", ProposalRelation.Replaces), asMember: forum.Facilitator);

        var newer = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP2")))!;
        var older = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP1")))!;
        Assert.Equal(("Replaces", "MIP41c5-SP1"), (Assert.Single(newer.Related).Relation, newer.Related[0].Code));
        Assert.Equal(("Replaced by", "MIP41c5-SP2"), (Assert.Single(older.Related).Relation, older.Related[0].Code));
    }

    [Fact]
    public async Task ShouldRefuseLinkingTwiceToItselfOrByOthers()
    {
        var forum = await TwoPublishedAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsync(new LinkProposalsCommand("MIP41c5-SP1", "MIP41c5-SP2"), asMember: forum.Facilitator);
        var otherFacilitator = await forum.Host.MemberAsync("other.fac", Domain.Members.MemberRoles.Facilitator);

        await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(new LinkProposalsCommand("MIP41c5-SP2", "MIP41c5-SP1"), asMember: forum.Facilitator));
        await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(new LinkProposalsCommand("MIP41c5-SP1", "MIP41c5-SP1"), asMember: forum.Facilitator));
        await Assert.ThrowsAsync<NotPermittedException>(() => forum.Host.SendAsync(new LinkProposalsCommand("MIP41c5-SP1", "MIP41"), asMember: otherFacilitator));
        await Assert.ThrowsAsync<ForbiddenException>(() => forum.Host.SendAsync(new LinkProposalsCommand("MIP41c5-SP1", "MIP41"), asMember: forum.Contributor));
        var missing = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new LinkProposalsCommand("MIP41c5-SP1", "MIP99"), asMember: forum.Facilitator));
        Assert.Contains("otherCode", missing.Errors.Keys);
    }

    [Fact]
    public async Task ShouldFilterTheListAndCountPerStatus()
    {
        var forum = await TwoPublishedAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsync(new MoveProposalCommand("MIP41c5-SP2", ProposalStatus.Withdrawn, "Resolved"), asMember: forum.Facilitator);

        var underComponent = await forum.Host.SendAsync(new ListProposalsQuery(Parent: "mip41c5"));
        var byAuthor = await forum.Host.SendAsync(new ListProposalsQuery(Author: "@lena.v", Status: ProposalStatus.Rfc));
        var counts = await forum.Host.SendAsync(new CountProposalsByStatusQuery(Parent: "MIP41c5"));
        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ListProposalsQuery(Parent: "not-a-code")));

        Assert.Equal(["MIP41c5-SP1", "MIP41c5-SP2"], underComponent.Items.Select(p => p.Code));
        Assert.Equal(["MIP41c5-SP1"], byAuthor.Items.Select(p => p.Code));
        Assert.Equal(1, counts[ProposalStatus.Rfc]);
        Assert.Equal(1, counts[ProposalStatus.Withdrawn]);
        Assert.Contains("parent", invalid.Errors.Keys);
    }

    [Fact]
    public async Task ShouldShowTheProposalsMovesAndEditsBetweenThePostsOfItsThread()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var draft = await forum.DraftAsync();
        var published = await forum.Host.SendAsync(new PublishProposalCommand(draft.Id), asMember: forum.Facilitator);
        forum.Host.Time.Now = forum.Host.Time.Now.AddHours(1);
        await forum.Host.SendAsync(new ReplyToThreadCommand(published.ThreadId!.Value, "Why now?"), asMember: forum.Contributor);
        forum.Host.Time.Now = forum.Host.Time.Now.AddHours(1);
        var sections = ProposalFixture.OffboardingSections();
        sections["Motivation"] = "Resigned on 2 November.";
        await forum.Host.SendAsync(new UpdateProposalCommand(draft.Id, "Facilitator Offboarding (RWF-001)", "", sections, null, 1, "Corrected the date"), asMember: forum.Facilitator);

        var thread = (await forum.Host.SendAsync(new GetThreadQuery(published.ThreadId.Value)))!;

        Assert.Equal(2, thread.ProposalEvents.Count);
        Assert.Equal((null, ProposalStatus.Rfc), (thread.ProposalEvents[0].From, thread.ProposalEvents[0].To));
        Assert.Equal((2, "Corrected the date"), (thread.ProposalEvents[1].Version, thread.ProposalEvents[1].Reason));
        Assert.True(thread.ProposalEvents[1].At > thread.Posts.Items[^1].CreatedAt);
    }
}
