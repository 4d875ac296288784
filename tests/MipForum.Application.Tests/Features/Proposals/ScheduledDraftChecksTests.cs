using Microsoft.EntityFrameworkCore;
using MipForum.Application.Features.Members;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Notifications;
using MipForum.Application.Features.Proposals;
using MipForum.Domain.Notifications;

namespace MipForum.Application.Tests.Features.Proposals;

/// <summary>A scheduled draft is checked when it publishes, not only when it was scheduled: role, silence and suspension.</summary>
public sealed class ScheduledDraftChecksTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ShouldKeepTheDraftAndTellTheAuthorWhenTheyLostTheFacilitatorRoleBeforeItsTime()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var draft = await forum.DraftAsync();
        var adminsDraft = await forum.DraftAsync("RWF-002", forum.Admin);
        await forum.Host.SendAsync(new PublishProposalCommand(draft.Id, Monday), asMember: forum.Facilitator);
        await forum.Host.SendAsync(new PublishProposalCommand(adminsDraft.Id, Monday.AddMinutes(1)), asMember: forum.Admin);
        await forum.Host.SendAsync(new ChangeMemberRolesCommand("lena.v", ["Contributor"]), asMember: forum.Admin);

        forum.Host.Time.Now = Monday.AddMinutes(5);
        var published = await forum.Host.SendAsSystemAsync(new PublishDueDraftsCommand());
        var again = await forum.Host.SendAsSystemAsync(new PublishDueDraftsCommand());

        // The admin's draft, due after hers, still published; hers stays a draft and is no longer due.
        Assert.Equal((1, 0), (published, again));
        var stored = await forum.ReadAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Id == draft.Id, TestContext.Current.CancellationToken));
        Assert.Equal((null, null), (stored.PublishedAt, stored.PublishAt));
        var note = Assert.Single((await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Facilitator)).Items);
        Assert.Equal((NotificationKind.DraftNoRole, "Facilitator Offboarding (RWF-001)"), (note.Kind, note.ThreadTitle));
        var opened = await forum.Host.SendAsync(new OpenNotificationCommand(note.Id), asMember: forum.Facilitator);
        Assert.Equal(draft.Id, opened.DraftId);
    }

    [Fact]
    public async Task ShouldKeepTheDraftWhenTheAuthorIsSilencedOrSuspendedWhenItsTimeComes()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var silenced = await forum.DraftAsync();
        await forum.Host.SendAsync(new PublishProposalCommand(silenced.Id, Monday), asMember: forum.Facilitator);
        await forum.Host.SendAsync(new SanctionMemberCommand("lena.v", false, Monday.AddDays(7), "Cooling down"), asMember: forum.Admin);

        forum.Host.Time.Now = Monday.AddMinutes(5);

        Assert.Equal(0, await forum.Host.SendAsSystemAsync(new PublishDueDraftsCommand()));
        Assert.Null(await forum.ReadAsync(db => db.Proposals.Where(p => p.Id == silenced.Id).Select(p => p.PublishedAt).SingleAsync(TestContext.Current.CancellationToken)));
        var note = Assert.Single((await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Facilitator)).Items);
        Assert.Equal(NotificationKind.DraftSanctioned, note.Kind);
    }
}
