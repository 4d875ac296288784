using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Proposals;
using MipForum.Domain.Common;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Proposals;

public sealed class MoveAndReviseProposalTests
{
    private static async Task<(ProposalFixture Forum, int Id)> PublishedAsync()
    {
        var forum = await ProposalFixture.StartAsync();
        var draft = await forum.DraftAsync();
        await forum.Host.SendAsync(new PublishProposalCommand(draft.Id), asMember: forum.Facilitator);
        return (forum, draft.Id);
    }

    [Fact]
    public async Task ShouldMoveToFormalSubmissionAfterTheFeedbackPeriodAndShowItOnTheTimeline()
    {
        var (forum, _) = await PublishedAsync();
        await using var _ = forum.Host;
        forum.Host.Time.Now = forum.Host.Time.Now.AddDays(14);

        var entry = await forum.Host.SendAsync(new MoveProposalCommand("mip41c5-sp1", ProposalStatus.FormalSubmission, "Feedback period over; into this month's cycle."), asMember: forum.Admin);

        Assert.False(entry.IsOverride);
        var detail = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP1"), asMember: forum.Admin))!;
        Assert.Equal(ProposalStatus.FormalSubmission, detail.Status);
        Assert.Equal([ProposalStatus.Rfc, ProposalStatus.FormalSubmission], detail.Timeline.Select(t => t.To));
        Assert.Equal("Feedback period over; into this month's cycle.", detail.Timeline[^1].Reason);
        Assert.Contains(ProposalStatus.Accepted, detail.NextStatuses);
    }

    [Fact]
    public async Task ShouldRefuseAnEarlyFormalSubmissionUnlessAnAdminOverrides()
    {
        var (forum, _) = await PublishedAsync();
        await using var _ = forum.Host;

        var early = await Assert.ThrowsAsync<DomainRuleException>(() =>
            forum.Host.SendAsync(new MoveProposalCommand("MIP41c5-SP1", ProposalStatus.FormalSubmission, "Hurry"), asMember: forum.Admin));
        Assert.Contains("2026-12-10 12:00 UTC", early.Message, StringComparison.Ordinal);

        var entry = await forum.Host.SendAsync(new MoveProposalCommand("MIP41c5-SP1", ProposalStatus.FormalSubmission, "MIP41c7 emergency", Override: true), asMember: forum.Admin);
        Assert.True(entry.IsOverride);
    }

    [Fact]
    public async Task ShouldKeepMovesFromMembersWithoutTheRightRole()
    {
        var (forum, _) = await PublishedAsync();
        await using var _ = forum.Host;

        await Assert.ThrowsAsync<ForbiddenException>(() => forum.Host.SendAsync(new MoveProposalCommand("MIP41c5-SP1", ProposalStatus.Withdrawn, "Not mine"), asMember: forum.Contributor));
        await Assert.ThrowsAsync<NotSignedInException>(() => forum.Host.SendAsync(new MoveProposalCommand("MIP41c5-SP1", ProposalStatus.Withdrawn, "Anonymous")));
        var governance = await Assert.ThrowsAsync<NotPermittedException>(() =>
            forum.Host.SendAsync(new MoveProposalCommand("MIP41c5-SP1", ProposalStatus.Deferred, "Later"), asMember: forum.Facilitator));
        Assert.Contains("Only admins", governance.Message, StringComparison.Ordinal);
        var noReason = await Assert.ThrowsAsync<RequestValidationException>(() =>
            forum.Host.SendAsync(new MoveProposalCommand("MIP41c5-SP1", ProposalStatus.Withdrawn, " "), asMember: forum.Facilitator));
        Assert.Contains("reason", noReason.Errors.Keys);

        await forum.Host.SendAsync(new MoveProposalCommand("MIP41c5-SP1", ProposalStatus.Withdrawn, "Resolved"), asMember: forum.Facilitator);
        Assert.Equal(ProposalStatus.Withdrawn, (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP1")))!.Status);
    }

    [Fact]
    public async Task ShouldKeepARevisionWhenAPublishedProposalChangesAndRefuseStaleVersions()
    {
        var (forum, id) = await PublishedAsync();
        await using var _ = forum.Host;
        var sections = ProposalFixture.OffboardingSections();
        sections["Motivation"] = "The facilitator resigned on 2 November.";

        var updated = await forum.Host.SendAsync(new UpdateProposalCommand(id, "Facilitator Offboarding (RWF-001)", "Offboards the facilitator.", sections, null, 1), asMember: forum.Facilitator);

        Assert.Equal(2, updated.Version);
        var detail = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP1")))!;
        Assert.Equal(1, detail.RevisionCount);
        Assert.Contains("2 November", detail.BodyCooked, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StaleVersionException>(() =>
            forum.Host.SendAsync(new UpdateProposalCommand(id, "Facilitator Offboarding (RWF-001)", "", sections, null, 1), asMember: forum.Facilitator));
        var editable = (await forum.Host.SendAsync(new GetProposalForEditingQuery(id), asMember: forum.Facilitator))!;
        Assert.True(editable.FollowsTemplate);
        Assert.Equal("The facilitator resigned on 2 November.", editable.SectionTexts["Motivation"]);
    }

    [Fact]
    public async Task ShouldRefuseEditsOnceFrozen()
    {
        var (forum, id) = await PublishedAsync();
        await using var _ = forum.Host;
        forum.Host.Time.Now = forum.Host.Time.Now.AddDays(15);

        var frozen = await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(
            new UpdateProposalCommand(id, "Facilitator Offboarding (RWF-001)", "", ProposalFixture.OffboardingSections("RWF-002"), null, 1), asMember: forum.Facilitator));

        Assert.Contains("frozen", frozen.Message, StringComparison.Ordinal);
    }
}
