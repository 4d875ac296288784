using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Tests.Features.Moderation;

/// <summary>
/// The moderation page and the review queue offer exactly the actions the post's own rules accept: never "remove" on a
/// thread's first post, nothing on a moderator's own post or, for a moderator, on a staff post.
/// </summary>
public sealed class ModerationActionsOfferedTests
{
    [Fact]
    public async Task ShouldOfferHideAndRemoveOnAReplyAndAcceptThem()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var moderator = await host.MemberAsync("mod.maria", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply that may be moderated."), asMember: forum.Other);

        var offered = (await host.SendAsync(new GetPostForModerationQuery(reply.Id), asMember: moderator))!;
        await host.SendAsync(new ModeratePostCommand(reply.Id, PostModeration.Remove, "Off topic."), asMember: moderator);
        var afterwards = (await host.SendAsync(new GetPostForModerationQuery(reply.Id), asMember: moderator))!;

        Assert.Equal([PostModeration.Hide, PostModeration.Remove], offered.Actions);
        Assert.Null(offered.Refusal);
        Assert.Equal([PostModeration.Hide, PostModeration.Restore], afterwards.Actions);
    }

    [Fact]
    public async Task ShouldNotOfferToRemoveTheFirstPostWhichTheDomainRefuses()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var moderator = await host.MemberAsync("mod.maria", MemberRoles.Moderator);
        var first = await host.InScopeAsync(s => s.GetRequiredService<Infrastructure.Persistence.ForumDbContext>().Posts
            .Where(p => p.ThreadId == forum.ThreadId && p.Number == 1).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken));

        var offered = (await host.SendAsync(new GetPostForModerationQuery(first), asMember: moderator))!;
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new ModeratePostCommand(first, PostModeration.Remove, "Spam."), asMember: moderator));

        Assert.Equal([PostModeration.Hide], offered.Actions);
        Assert.Contains("first post carries the thread", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldOfferNothingOnAStaffPostToAModeratorAndSayWhy()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var moderator = await host.MemberAsync("mod.maria", MemberRoles.Moderator);
        var colleague = await host.MemberAsync("mod.jonas", MemberRoles.Moderator);
        var own = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A moderator's own reply."), asMember: moderator);
        var staffPost = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Another moderator's reply."), asMember: colleague);

        var onOwn = (await host.SendAsync(new GetPostForModerationQuery(own.Id), asMember: moderator))!;
        var onStaff = (await host.SendAsync(new GetPostForModerationQuery(staffPost.Id), asMember: moderator))!;
        var refused = await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new ModeratePostCommand(staffPost.Id, PostModeration.Hide, "No."), asMember: moderator));

        Assert.Empty(onOwn.Actions);
        Assert.Contains("own posts", onOwn.Refusal, StringComparison.Ordinal);
        Assert.Empty(onStaff.Actions);
        Assert.Equal(refused.Message, onStaff.Refusal);
    }

    [Fact]
    public async Task ShouldNotOfferRemovalOfAFlaggedFirstPostInTheQueue()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var moderator = await host.MemberAsync("mod.maria", MemberRoles.Moderator);
        var (first, reply) = (await host.InScopeAsync(s => s.GetRequiredService<Infrastructure.Persistence.ForumDbContext>().Posts
            .Where(p => p.ThreadId == forum.ThreadId && p.Number == 1).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken)),
            await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A flagged reply."), asMember: forum.Author));
        await host.SendAsync(new FlagPostCommand(first, FlagReason.Spam), asMember: forum.Other);
        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: forum.Other);

        var queue = await host.SendAsync(new ListReviewQueueQuery(), asMember: moderator);

        Assert.False(queue.Single(i => i.PostId == first).CanRemove);
        Assert.True(queue.Single(i => i.PostId == reply.Id).CanRemove);
    }
}
