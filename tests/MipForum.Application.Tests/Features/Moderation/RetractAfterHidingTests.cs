using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Tests.Features.Moderation;

/// <summary>Flags that hid a post stay until a moderator decides, so flaggers answer for them and cannot hide it again at will.</summary>
public sealed class RetractAfterHidingTests
{
    [Fact]
    public async Task ShouldRefuseRetractingAFlagThatHidThePostUntilAModeratorDecides()
    {
        var forum = await DiscussionFixture.StartAsync(new Dictionary<string, string?> { ["Forum:Moderation:HideThreshold"] = "1" });
        await using var host = forum.Host;
        var admin = await host.MemberAsync("gov.admin", MemberRoles.Admin);
        var moderator = await host.MemberAsync("mod.maria", MemberRoles.Moderator);
        var flagger = (await host.EstablishedMembersAsync(admin, "member.one")).Single();
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply a faction wants gone."), asMember: forum.Other);
        Assert.True((await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.OffTopic), asMember: flagger)).Hidden);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new RetractFlagCommand(reply.Id), asMember: flagger));

        Assert.Contains("waits for a moderator", refused.Message, StringComparison.Ordinal);
        Assert.True((await host.SendAsync(new GetThreadQuery(forum.ThreadId)))!.Posts.Items[1].Hidden);
        var queued = Assert.Single(await host.SendAsync(new ListReviewQueueQuery(), asMember: moderator));
        Assert.Single(queued.Flags);

        // The moderator disagrees: the post is shown, and the same member cannot hide it again with a new flag.
        await host.SendAsync(new DecideReviewCommand([reply.Id], ReviewDecision.Disagree, "Not off-topic: it answers the question."), asMember: moderator);
        await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.OffTopic), asMember: flagger));
        Assert.False((await host.SendAsync(new GetThreadQuery(forum.ThreadId)))!.Posts.Items[1].Hidden);
    }

    [Fact]
    public async Task ShouldRefuseAModerationReasonWithTextDirectionOverridesOrControlCharacters()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var moderator = await host.MemberAsync("mod.maria", MemberRoles.Moderator);
        await host.MemberAsync("target.member");

        var bidi = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(new SanctionMemberCommand("target.member", false, host.Time.Now.AddDays(1), "spam \u202Eevah I\u202C ok"), asMember: moderator));
        var bell = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(new SanctionMemberCommand("target.member", false, host.Time.Now.AddDays(1), "spam\u0007"), asMember: moderator));

        Assert.Equal(["reason"], bidi.Errors.Keys);
        Assert.Equal(["reason"], bell.Errors.Keys);
        await host.SendAsync(new SanctionMemberCommand("target.member", false, host.Time.Now.AddDays(1), "Repeated spam.\nSee the log."), asMember: moderator);
    }
}
