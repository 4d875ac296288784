using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Tests.Features.Moderation;

/// <summary>Flags a faction cannot game: throwaway accounts, staff posts, and bursts shown to moderators.</summary>
public sealed class FlagPostAbuseTests
{
    [Fact]
    public async Task ShouldKeepAPostVisibleButQueuedWhenNineNewAccountsFlagIt()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var moderator = await host.MemberAsync("mod.maria", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "An unpopular but honest opinion."), asMember: forum.Other);

        var results = new List<FlagResult>();
        for (var i = 1; i <= 9; i++)
        {
            var throwaway = await host.MemberAsync($"throwaway{i}");
            results.Add(await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: throwaway));
        }

        Assert.All(results, r => Assert.Equal((false, FlagStatus.Pending), (r.Hidden, r.Status)));
        Assert.False((await host.SendAsync(new GetThreadQuery(forum.ThreadId)))!.Posts.Items[1].Hidden);
        var item = Assert.Single(await host.SendAsync(new ListReviewQueueQuery(), asMember: moderator));
        Assert.Equal(9, item.Flags.Count);
        Assert.All(item.Flags, f => Assert.Equal(0, f.Weight));
        Assert.Equal(9, item.Coordinated?.FromAccountsCreatedTogether);
    }

    [Fact]
    public async Task ShouldStillHideWhenEstablishedMembersFlagAlongsideNewAccounts()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var admin = await host.MemberAsync("gov.admin", MemberRoles.Admin);
        var established = await host.EstablishedMembersAsync(admin, "member.one", "member.two");
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply that deserves flags."), asMember: forum.Other);
        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: await host.MemberAsync("throwaway"));
        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: established[0]);

        var second = await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: established[1]);

        // 0 + 3 + 3 is below 9; a third member would hide it.
        Assert.False(second.Hidden);
        var third = await host.EstablishedMembersAsync(admin, "member.three");
        Assert.True((await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: third[0])).Hidden);
    }

    [Fact]
    public async Task ShouldNeverHideAStaffPostByFlagsAndLeaveTheDecisionToAnAdmin()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var admin = await host.MemberAsync("gov.admin", MemberRoles.Admin);
        var moderator = await host.MemberAsync("mod.maria", MemberRoles.Moderator);
        var otherModerator = await host.MemberAsync("mod.omar", MemberRoles.Moderator);
        var flaggers = await host.EstablishedMembersAsync(admin, "member.one", "member.two", "member.three", "member.four");
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Moderator here: this thread is off-topic."), asMember: moderator);

        foreach (var flagger in flaggers)
        {
            Assert.False((await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Inappropriate), asMember: flagger)).Hidden);
        }

        Assert.False((await host.SendAsync(new GetThreadQuery(forum.ThreadId)))!.Posts.Items[1].Hidden);
        Assert.True(Assert.Single(await host.SendAsync(new ListReviewQueueQuery(), asMember: admin)).AuthorIsStaff);
        await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new DecideReviewCommand([reply.Id], ReviewDecision.Agree, "Agreed."), asMember: otherModerator));
        await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new DecideReviewCommand([reply.Id], ReviewDecision.Disagree, "Mine is fine."), asMember: moderator));
        await host.SendAsync(new DecideReviewCommand([reply.Id], ReviewDecision.Disagree, "Moderating in public is allowed."), asMember: admin);
        Assert.Empty(await host.SendAsync(new ListReviewQueueQuery(), asMember: admin));
    }

    [Fact]
    public async Task ShouldMarkFlagsFromOneAddressAsCoordinated()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var admin = await host.MemberAsync("gov.admin", MemberRoles.Admin);
        var flaggers = new List<int>();
        foreach (var name in new[] { "member.one", "member.two", "member.three" })
        {
            // Accounts created days apart: only the address ties them together.
            host.Time.Now = host.Time.Now.AddDays(3);
            flaggers.AddRange(await host.EstablishedMembersAsync(admin, name));
        }

        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Brigaded from one place."), asMember: forum.Other);
        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: flaggers[0], fromAddressHash: "a1");
        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: flaggers[1], fromAddressHash: "a1");
        var untied = await host.SendAsync(new ListReviewQueueQuery(), asMember: admin);
        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: flaggers[2], fromAddressHash: "a1");

        Assert.Null(Assert.Single(untied).Coordinated);
        var burst = Assert.Single(await host.SendAsync(new ListReviewQueueQuery(), asMember: admin)).Coordinated;
        Assert.Equal(new FlagBurst(0, 3), burst);
    }
}
