using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Features.Proposals;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Persistence;

/// <summary>Every aggregate root's row version moves by one with each stored change, whatever changed (ADR 0020).</summary>
public sealed class RowVersionMovesTests
{
    [Fact]
    public async Task ShouldMoveAMembersVersionWhenTheirTrustLevelOrSanctionChanges()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var admin = await host.MemberAsync("the.admin", MemberRoles.Admin);
        Assert.Equal(1, await RowVersionReader.MemberAsync(host, forum.Other));

        await host.SendAsync(new SetTrustLevelCommand("sato-k", TrustLevel.Member, "Long-standing contributor"), asMember: admin);
        Assert.Equal(2, await RowVersionReader.MemberAsync(host, forum.Other));

        await host.SendAsync(new SanctionMemberCommand("sato-k", false, host.Time.Now.AddDays(3), "Cooling off"), asMember: admin);
        Assert.Equal(3, await RowVersionReader.MemberAsync(host, forum.Other));
    }

    [Fact]
    public async Task ShouldMoveAPostsVersionWhenItIsEditedLikedUnlikedOrModeratedButKeepItsTextVersionForEdits()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("mod.on.duty", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "The first text of a reply."), asMember: forum.Other);
        Assert.Equal(1, await RowVersionReader.PostAsync(host, reply.Id));

        await host.SendAsync(new EditPostCommand(reply.Id, "The second text of a reply.", Version: 1), asMember: forum.Other);
        Assert.Equal(2, await RowVersionReader.PostAsync(host, reply.Id));

        // The like count is written set-based (LikeCount + 1); the same statement moves the version.
        var liked = await host.SendAsync(new LikePostCommand(reply.Id), asMember: forum.Author);
        Assert.Equal(1, liked.LikeCount);
        Assert.Equal(3, await RowVersionReader.PostAsync(host, reply.Id));
        var unliked = await host.SendAsync(new UnlikePostCommand(reply.Id), asMember: forum.Author);
        Assert.Equal(0, unliked.LikeCount);
        Assert.Equal(4, await RowVersionReader.PostAsync(host, reply.Id));

        await host.SendAsync(new ModeratePostCommand(reply.Id, PostModeration.Hide, "Off topic"), asMember: moderator);
        Assert.Equal(5, await RowVersionReader.PostAsync(host, reply.Id));

        // Likes and moderation are not edits: the author still edits from the text version they read (2).
        var edited = await host.SendAsync(new EditPostCommand(reply.Id, "The third text of a reply.", Version: 2), asMember: forum.Other);
        Assert.Equal(3, edited.Version);
        Assert.Equal(6, await RowVersionReader.PostAsync(host, reply.Id));
    }

    [Fact]
    public async Task ShouldMoveAThreadsVersionWhenItTakesAReplyOrIsLocked()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("mod.on.duty", MemberRoles.Moderator);
        var before = await RowVersionReader.ThreadAsync(host, forum.ThreadId);

        await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply moves the thread's count."), asMember: forum.Other);
        Assert.Equal(before + 1, await RowVersionReader.ThreadAsync(host, forum.ThreadId));

        await host.SendAsync(new ModerateThreadCommand(forum.ThreadId, ThreadModeration.Lock, "Decided"), asMember: moderator);
        Assert.Equal(before + 2, await RowVersionReader.ThreadAsync(host, forum.ThreadId));
    }

    [Fact]
    public async Task ShouldMoveAProposalsVersionWhenItIsRevisedOrMoved()
    {
        var forum = await ProposalFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var draft = await forum.DraftAsync();
        Assert.Equal(1, await RowVersionReader.ProposalAsync(host, draft.Id));
        await host.SendAsync(new PublishProposalCommand(draft.Id), asMember: forum.Facilitator);
        var published = await RowVersionReader.ProposalAsync(host, draft.Id);
        Assert.True(published > 1);

        var sections = ProposalFixture.OffboardingSections();
        sections["Motivation"] = "The facilitator resigned on 2 November.";
        await host.SendAsync(new UpdateProposalCommand(draft.Id, "Facilitator Offboarding (RWF-001)", "Offboards the facilitator.", sections, null, 1), asMember: forum.Facilitator);
        Assert.Equal(published + 1, await RowVersionReader.ProposalAsync(host, draft.Id));

        await host.SendAsync(new MoveProposalCommand("MIP41c5-SP1", ProposalStatus.Withdrawn, "Resolved without a vote"), asMember: forum.Facilitator);
        Assert.Equal(published + 2, await RowVersionReader.ProposalAsync(host, draft.Id));
    }

    [Fact]
    public async Task ShouldMoveAnAppealsVersionAndItsPostsWhenTheAppealIsDecided()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var acting = await host.MemberAsync("mod.acting", MemberRoles.Moderator);
        var other = await host.MemberAsync("mod.other", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Sharp, but fair, criticism."), asMember: forum.Other);
        await host.SendAsync(new ModeratePostCommand(reply.Id, PostModeration.Hide, "Tone"), asMember: acting);
        var filed = await host.SendAsync(new AppealModerationCommand(reply.Id, "It criticises the proposal, not a person."), asMember: forum.Other);
        Assert.Equal(1, await RowVersionReader.AppealAsync(host, filed.Id));
        var post = await RowVersionReader.PostAsync(host, reply.Id);

        await host.SendAsync(new DecideAppealCommand(filed.Id, true, "Criticism of the proposal is on topic."), asMember: other);

        Assert.Equal(2, await RowVersionReader.AppealAsync(host, filed.Id));
        Assert.Equal(post + 1, await RowVersionReader.PostAsync(host, reply.Id));
    }
}
