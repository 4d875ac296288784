using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Tests.Features.Moderation;

/// <summary>The flag page offers flagging and retracting exactly when the commands would be accepted (GetFlagContext).</summary>
public sealed class FlagContextCapabilitiesTests
{
    [Fact]
    public async Task ShouldOfferFlaggingToAnotherMemberButNotToTheAuthorOrASilencedMember()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("lena.v", MemberRoles.Moderator);
        var silenced = await host.MemberAsync("quiet.one");
        await host.SendAsync(new SanctionMemberCommand("quiet.one", false, host.Time.Now.AddDays(2), "Cooling off"), asMember: moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply to flag."), asMember: forum.Other);

        Assert.True((await host.SendAsync(new GetFlagContextQuery(reply.Id), asMember: forum.Author))!.CanFlag);
        Assert.Equal("You cannot flag your own post.", (await host.SendAsync(new GetFlagContextQuery(reply.Id), asMember: forum.Other))!.FlagRefusal);
        Assert.StartsWith("You are silenced until", (await host.SendAsync(new GetFlagContextQuery(reply.Id), asMember: silenced))!.FlagRefusal, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.OffTopic), asMember: forum.Other));
        await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.OffTopic), asMember: silenced));
    }

    [Fact]
    public async Task ShouldOfferRetractingAPendingFlagButNotOneThatHidThePost()
    {
        var forum = await DiscussionFixture.StartAsync(new Dictionary<string, string?> { ["Forum:Moderation:HideThreshold"] = "1" });
        var host = forum.Host;
        await using var _ = host;
        var admin = await host.MemberAsync("gov.admin", MemberRoles.Admin);
        var established = (await host.EstablishedMembersAsync(admin, "member.one")).Single();
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply two members flag."), asMember: forum.Other);

        // A new account's flag weighs nothing and hides nothing: it may be taken back.
        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.OffTopic), asMember: forum.Author);
        var pending = (await host.SendAsync(new GetFlagContextQuery(reply.Id), asMember: forum.Author))!;
        Assert.Equal((false, true), (pending.CanFlag, pending.CanRetract));

        Assert.True((await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.OffTopic), asMember: established)).Hidden);
        var hiding = (await host.SendAsync(new GetFlagContextQuery(reply.Id), asMember: established))!;
        Assert.Equal((false, false), (hiding.CanFlag, hiding.CanRetract));
        Assert.Equal("This post was hidden by flags and waits for a moderator; your flag stays until they decide.", hiding.RetractRefusal);
        await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new RetractFlagCommand(reply.Id), asMember: established));
    }

    [Fact]
    public async Task ShouldLetASilencedMemberRetractTheirPendingFlag()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("lena.v", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply flagged in haste."), asMember: forum.Other);
        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.OffTopic), asMember: forum.Author);
        await host.SendAsync(new SanctionMemberCommand("amelie.r", false, host.Time.Now.AddDays(2), "Cooling off"), asMember: moderator);

        var context = (await host.SendAsync(new GetFlagContextQuery(reply.Id), asMember: forum.Author))!;
        Assert.Equal((null, true), (context.RetractRefusal, context.CanRetract));
        await host.SendAsync(new RetractFlagCommand(reply.Id), asMember: forum.Author);

        Assert.Equal(FlagStatus.Retracted, (await host.SendAsync(new GetFlagContextQuery(reply.Id), asMember: forum.Author))!.MyStatus);
    }
}
