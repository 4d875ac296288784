using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Members;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Tests.Features.Threads.Import;

/// <summary>An admin decides that a member is the author an imported placeholder stands for.</summary>
public sealed class ClaimImportedAuthorTests
{
    [Fact]
    public async Task ShouldGiveThePlaceholdersPostsToTheMemberAndLogItWhenAnAdminDecides()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var admin = await forum.Host.MemberAsync("gov.admin", MemberRoles.Admin);
        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));

        var claimed = await forum.Host.SendAsync(new ClaimImportedAuthorCommand("alice_facilitator", "amelie.r", "Same e-mail as her account there."), admin);

        Assert.Equal(new ClaimedAuthor("amelie.r", 2, 1), claimed);
        var thread = await forum.Host.ThreadAsync(4242);
        Assert.Equal(forum.Author, thread.AuthorId);
        Assert.Equal([forum.Author, forum.Author], thread.Posts.Where(p => p.OriginNumber is 1 or 3).Select(p => p.AuthorId));
        var entry = await forum.Host.ReadAsync(db => db.ModerationLog.AsNoTracking().SingleAsync(e => e.Action == ModerationAction.ClaimImportedAuthor, TestContext.Current.CancellationToken));
        Assert.Equal("@alice_facilitator", entry.TargetLabel);
        Assert.Contains("Same e-mail as her account there.", entry.Reason, StringComparison.Ordinal);

        // Later imports of that author go to the member too.
        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));
        Assert.Equal(forum.Author, (await forum.Host.ThreadAsync(4242)).Posts.Single(p => p.Number == 1).AuthorId);
    }

    [Fact]
    public async Task ShouldRefuseWithoutAReasonWhenTheClaimIsValidated()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var admin = await forum.Host.MemberAsync("gov.admin", MemberRoles.Admin);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ClaimImportedAuthorCommand("carol", "amelie.r", " "), admin));

        Assert.Contains("reason", refused.Errors.Keys, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldRefuseAMemberWhoIsNotAnAdminWhenTheyClaimAPlaceholder()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));

        await Assert.ThrowsAsync<ForbiddenException>(() => forum.Host.SendAsync(new ClaimImportedAuthorCommand("carol", "amelie.r", "It is me, honestly."), forum.Author));

        Assert.Equal(0, await forum.Host.ReadAsync(db => db.Posts.CountAsync(p => p.AuthorId == forum.Author && p.Thread.OriginId == 4242, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ShouldRefuseAMemberWhoJoinedHereOrAPlaceholderClaimedBeforeWhenTheyAreClaimed()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var admin = await forum.Host.MemberAsync("gov.admin", MemberRoles.Admin);
        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));

        await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(new ClaimImportedAuthorCommand("sato-k", "amelie.r", "Mixed up."), admin));
        await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(new ClaimImportedAuthorCommand("carol", "bob", "Two placeholders."), admin));
        await forum.Host.SendAsync(new ClaimImportedAuthorCommand("carol", "sato-k", "Confirmed by DM."), admin);
        await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(new ClaimImportedAuthorCommand("carol", "amelie.r", "Second try."), admin));
    }
}
