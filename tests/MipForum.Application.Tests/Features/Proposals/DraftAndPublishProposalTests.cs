using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Proposals;
using MipForum.Domain.Common;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Proposals;

public sealed class DraftAndPublishProposalTests
{
    [Fact]
    public async Task ShouldKeepADraftPrivateThenNumberItAndOpenItsThreadWhenPublished()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;

        var draft = await forum.DraftAsync();
        Assert.Null(await forum.Host.SendAsync(new GetProposalForEditingQuery(draft.Id), asMember: forum.Contributor));
        Assert.DoesNotContain((await forum.Host.SendAsync(new ListProposalsQuery())).Items, p => p.Title.Contains("RWF-001", StringComparison.Ordinal));
        Assert.Equal(draft.Id, Assert.Single(await forum.Host.SendAsync(new ListMyDraftsQuery(), asMember: forum.Facilitator)).Id);

        var published = await forum.Host.SendAsync(new PublishProposalCommand(draft.Id), asMember: forum.Facilitator);

        Assert.Equal("MIP41c5-SP1", published.Code);
        var detail = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP1")))!;
        Assert.Equal(ProposalStatus.Rfc, detail.Status);
        Assert.Equal(14, detail.FeedbackDays);
        Assert.Equal(forum.Host.Time.Now.AddDays(14), detail.FeedbackEndsAt);
        Assert.Contains("<strong>resigned</strong>", detail.BodyCooked, StringComparison.Ordinal);
        var thread = Assert.Single(detail.Threads);
        Assert.Equal(published.ThreadId, thread.Id);
        Assert.Equal("MIP41c5-SP1: Facilitator Offboarding (RWF-001)", thread.Title);
        Assert.Contains(new PreambleEntry("Forum URL", published.ThreadUrl!), detail.Preamble);
        var first = Assert.Single(detail.Timeline);
        Assert.Equal((null, ProposalStatus.Rfc, "lena.v"), (first.From, first.To, first.Actor.UserName));
        var opening = await forum.ReadAsync(db => db.Posts.Where(p => p.ThreadId == thread.Id).Select(p => p.Cooked).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Offboards the facilitator.", opening, StringComparison.Ordinal);
        Assert.Contains("href=\"/proposals/MIP41c5-SP1\"", opening, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldNameEachMissingOrMalformedSection()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var sections = ProposalFixture.OffboardingSections();
        sections.Remove("Motivation");
        sections["Core Unit ID"] = "the real-world finance unit";

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", "Facilitator Offboarding (RWF-001)", "", sections), asMember: forum.Facilitator));

        Assert.Equal("Motivation is required.", Assert.Single(error.Errors["sections[Motivation]"]));
        Assert.Equal("Core Unit ID must contain a Core Unit ID such as RWF-001.", Assert.Single(error.Errors["sections[Core Unit ID]"]));
        Assert.Equal(0, await forum.ReadAsync(db => db.Proposals.CountAsync(p => p.PublishedAt == null, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ShouldRejectShortTitlesAndUnknownComponents()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;

        var shortTitle = await Assert.ThrowsAsync<RequestValidationException>(() =>
            forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", "Too short", "", ProposalFixture.OffboardingSections()), asMember: forum.Facilitator));
        var unknown = await Assert.ThrowsAsync<RequestValidationException>(() =>
            forum.Host.SendAsync(new DraftProposalCommand("MIP99c1", "Facilitator Offboarding (RWF-001)", "", ProposalFixture.OffboardingSections()), asMember: forum.Facilitator));

        Assert.Contains("title", shortTitle.Errors.Keys);
        Assert.Contains("parentCode", unknown.Errors.Keys);
    }

    [Fact]
    public async Task ShouldLeaveDraftingToFacilitatorsAndPublishingToAuthors()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;

        await Assert.ThrowsAsync<ForbiddenException>(() => forum.DraftAsync(asMember: forum.Contributor));
        await Assert.ThrowsAsync<NotSignedInException>(() => forum.Host.SendAsync(new DraftProposalCommand("MIP41c5", "Facilitator Offboarding (RWF-001)", "", ProposalFixture.OffboardingSections())));
        var draft = await forum.DraftAsync();
        var otherFacilitator = await forum.Host.MemberAsync("other.fac", Domain.Members.MemberRoles.Facilitator);

        await Assert.ThrowsAsync<NotFoundException>(() => forum.Host.SendAsync(new PublishProposalCommand(draft.Id), asMember: otherFacilitator));
        await Assert.ThrowsAsync<ForbiddenException>(() => forum.Host.SendAsync(new PublishProposalCommand(draft.Id), asMember: forum.Contributor));
    }

    [Fact]
    public async Task ShouldGiveDifferentNumbersWhenTwoDraftsArePublishedAtOnce()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var first = await forum.DraftAsync("RWF-001");
        var second = await forum.DraftAsync("SES-001");

        var results = await Task.WhenAll(
            forum.Host.SendAsync(new PublishProposalCommand(first.Id), asMember: forum.Facilitator),
            forum.Host.SendAsync(new PublishProposalCommand(second.Id), asMember: forum.Facilitator));

        Assert.Equal(["MIP41c5-SP1", "MIP41c5-SP2"], results.Select(r => r.Code).Order());
        Assert.Equal(2, await forum.ReadAsync(db => db.Threads.CountAsync(t => t.ProposalId != null, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ShouldPublishAScheduledDraftWhenItsTimeComesAndWarnAboutWeekends()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var draft = await forum.DraftAsync();
        var saturday = new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.Zero);

        var scheduled = await forum.Host.SendAsync(new PublishProposalCommand(draft.Id, saturday), asMember: forum.Facilitator);
        Assert.Equal(PublishProposalCommandHandler.WeekendWarning, scheduled.Warning);
        Assert.Equal(0, await forum.Host.SendAsSystemAsync(new PublishDueDraftsCommand()));

        forum.Host.Time.Now = saturday.AddMinutes(1);
        Assert.Equal(1, await forum.Host.SendAsSystemAsync(new PublishDueDraftsCommand()));

        var detail = (await forum.Host.SendAsync(new GetProposalQuery("MIP41c5-SP1")))!;
        Assert.Equal("lena.v", Assert.Single(detail.Timeline).Actor.UserName);
        await Assert.ThrowsAsync<ForbiddenException>(() => forum.Host.SendAsync(new PublishDueDraftsCommand(), asMember: forum.Admin));
    }

    [Fact]
    public async Task ShouldRefuseSchedulingInThePast()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var draft = await forum.DraftAsync();

        await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(new PublishProposalCommand(draft.Id, forum.Host.Time.Now.AddHours(-1)), asMember: forum.Facilitator));
    }

    [Fact]
    public async Task ShouldLetAnAuthorAddACoAuthorWhoCanThenSeeAndPublishTheDraft()
    {
        var forum = await ProposalFixture.StartAsync();
        await using var _ = forum.Host;
        var draft = await forum.DraftAsync();
        var coAuthor = await forum.Host.MemberAsync("co.author", Domain.Members.MemberRoles.Facilitator);

        await Assert.ThrowsAsync<NotFoundException>(() => forum.Host.SendAsync(new AddCoAuthorCommand(draft.Id, "co.author"), asMember: coAuthor));
        var unknown = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new AddCoAuthorCommand(draft.Id, "nobody.here"), asMember: forum.Facilitator));
        Assert.Contains("userName", unknown.Errors.Keys);
        var authors = await forum.Host.SendAsync(new AddCoAuthorCommand(draft.Id, "@co.author"), asMember: forum.Facilitator);

        Assert.Equal(["lena.v", "co.author"], authors);
        Assert.NotNull(await forum.Host.SendAsync(new GetProposalForEditingQuery(draft.Id), asMember: coAuthor));
        Assert.Equal("MIP41c5-SP1", (await forum.Host.SendAsync(new PublishProposalCommand(draft.Id), asMember: coAuthor)).Code);
        await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(new AddCoAuthorCommand(draft.Id, "co.author"), asMember: forum.Facilitator));
    }
}
