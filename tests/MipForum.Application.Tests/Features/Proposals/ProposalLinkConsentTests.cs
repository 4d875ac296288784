using MipForum.Application.Features.Proposals;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Proposals;

/// <summary>"Replaced by" needs the replaced proposal's authors (or an admin); links can be removed; both timelines say so.</summary>
public sealed class ProposalLinkConsentTests
{
    private static async Task<(ProposalFixture Forum, int Stranger)> TwoAuthorsAsync()
    {
        var forum = await ProposalFixture.StartAsync();
        var stranger = await forum.Host.MemberAsync("other.fac", MemberRoles.Facilitator);
        await forum.Host.SendAsync(new PublishProposalCommand((await forum.DraftAsync("RWF-001")).Id), asMember: forum.Facilitator);
        await forum.Host.SendAsync(new PublishProposalCommand((await forum.DraftAsync("SES-001", stranger)).Id), asMember: stranger);
        return (forum, stranger);
    }

    [Fact]
    public async Task ShouldNotSayReplacedByUntilTheReplacedProposalsAuthorAcceptsIt()
    {
        var (forum, stranger) = await TwoAuthorsAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsync(new LinkProposalsCommand("MIP41c5-SP2", "MIP41c5-SP1", ProposalRelation.Replaces), asMember: stranger);

        var replacedForReaders = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP1")))!;
        var replacedForItsAuthor = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP1"), asMember: forum.Facilitator))!;
        var replacing = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP2")))!;
        Assert.Empty(replacedForReaders.Related);
        Assert.Empty(replacedForReaders.LinkHistory);
        var offer = Assert.Single(replacedForItsAuthor.Related);
        Assert.Equal(("Proposed as replaced by", true, true), (offer.Relation, offer.Pending, offer.CanAccept));
        Assert.Equal(("Proposes to replace", "MIP41c5-SP1"), (Assert.Single(replacing.Related).Relation, replacing.Related[0].Code));

        await Assert.ThrowsAsync<NotPermittedException>(() => forum.Host.SendAsync(new AcceptProposalLinkCommand("MIP41c5-SP1", "MIP41c5-SP2"), asMember: stranger));
        await forum.Host.SendAsync(new AcceptProposalLinkCommand("MIP41c5-SP1", "MIP41c5-SP2"), asMember: forum.Facilitator);

        var accepted = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP1")))!;
        Assert.Equal(("Replaced by", "MIP41c5-SP2", false), (Assert.Single(accepted.Related).Relation, accepted.Related[0].Code, accepted.Related[0].Pending));
        Assert.Equal([(ProposalLinkEventKind.Accepted, "lena.v")], accepted.LinkHistory.Select(e => (e.Kind, e.Actor.UserName)));
        var replacingHistory = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP2")))!.LinkHistory;
        Assert.Equal([(ProposalLinkEventKind.Proposed, "other.fac"), (ProposalLinkEventKind.Accepted, "lena.v")], replacingHistory.Select(e => (e.Kind, e.Actor.UserName)));
        await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(new AcceptProposalLinkCommand("MIP41c5-SP1", "MIP41c5-SP2"), asMember: forum.Facilitator));
    }

    [Fact]
    public async Task ShouldTellTheOtherProposalsAuthorThatALinkWaitsForThem()
    {
        var (forum, stranger) = await TwoAuthorsAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsync(new LinkProposalsCommand("MIP41c5-SP2", "MIP41c5-SP1", ProposalRelation.Replaces), asMember: stranger);

        var note = Assert.Single((await forum.Host.SendAsync(new MipForum.Application.Features.Notifications.ListNotificationsQuery(), asMember: forum.Facilitator)).Items);
        Assert.Equal((MipForum.Domain.Notifications.NotificationKind.LinkProposed, "other.fac"), (note.Kind, note.ActorUserName));
        var opened = await forum.Host.SendAsync(new MipForum.Application.Features.Notifications.OpenNotificationCommand(note.Id), asMember: forum.Facilitator);
        Assert.Equal(("MIP41c5-SP1", null), (opened.ProposalCode, opened.DraftId));
        Assert.Empty((await forum.Host.SendAsync(new MipForum.Application.Features.Notifications.ListNotificationsQuery(), asMember: stranger)).Items);
    }

    [Fact]
    public async Task ShouldLetEitherSidesAuthorsRemoveALinkAndKeepTheRemovalOnBothTimelines()
    {
        var (forum, stranger) = await TwoAuthorsAsync();
        await using var _ = forum.Host;
        var third = await forum.Host.MemberAsync("third.fac", MemberRoles.Facilitator);
        await forum.Host.SendAsync(new LinkProposalsCommand("MIP41c5-SP2", "MIP41c5-SP1", ProposalRelation.Replaces), asMember: stranger);
        await forum.Host.SendAsync(new AcceptProposalLinkCommand("MIP41c5-SP1", "MIP41c5-SP2"), asMember: forum.Facilitator);

        await Assert.ThrowsAsync<NotPermittedException>(() => forum.Host.SendAsync(new RemoveProposalLinkCommand("MIP41c5-SP1", "MIP41c5-SP2"), asMember: third));
        await forum.Host.SendAsync(new RemoveProposalLinkCommand("MIP41c5-SP1", "MIP41c5-SP2"), asMember: forum.Facilitator);

        foreach (var code in new[] { "MIP41c5-SP1", "MIP41c5-SP2" })
        {
            var page = (await forum.Host.SendAsync(new GetProposalQuery(code)))!;
            Assert.Empty(page.Related);
            Assert.Equal((ProposalLinkEventKind.Removed, "lena.v"), (page.LinkHistory[^1].Kind, page.LinkHistory[^1].Actor.UserName));
        }

        Assert.Equal("Replaced by", (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP1")))!.LinkHistory[^1].Relation);
        await Assert.ThrowsAsync<MipForum.Application.Common.Exceptions.NotFoundException>(() => forum.Host.SendAsync(new RemoveProposalLinkCommand("MIP41c5-SP1", "MIP41c5-SP2"), asMember: forum.Facilitator));
    }
}
