using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Moderation;

/// <summary>A retracted flag can be raised again; a flagger still learns what became of their flag once the post is removed.</summary>
public sealed class FlagAfterRetractAndRemovalTests
{
    [Fact]
    public async Task ShouldLetAMemberFlagAgainWhenTheyRetractedTheirFlag()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var flagger = await host.MemberAsync("member.one");
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply someone will flag."), asMember: forum.Other);

        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.OffTopic), asMember: flagger);
        await host.SendAsync(new RetractFlagCommand(reply.Id), asMember: flagger);

        var afterRetract = (await host.SendAsync(new GetThreadQuery(forum.ThreadId), asMember: flagger))!.Posts.Items[1];
        Assert.False(afterRetract.FlaggedByMe);
        Assert.Equal(FlagStatus.Retracted, (await host.SendAsync(new GetFlagContextQuery(reply.Id), asMember: flagger))!.MyStatus);

        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: flagger);

        Assert.True((await host.SendAsync(new GetThreadQuery(forum.ThreadId), asMember: flagger))!.Posts.Items[1].FlaggedByMe);
        var stored = await host.InScopeAsync(s => s.GetRequiredService<ForumDbContext>().Flags.AsNoTracking()
            .Where(f => f.PostId == reply.Id).ToListAsync(TestContext.Current.CancellationToken));
        var flag = Assert.Single(stored);
        Assert.Equal(FlagStatus.Pending, flag.Status);
        Assert.Equal(FlagReason.Spam, flag.Reason);
        Assert.Null(flag.ResolvedAt);
    }

    [Fact]
    public async Task ShouldTellTheFlaggerWhatBecameOfTheirFlagWhenAModeratorRemovedThePost()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var flagger = await host.MemberAsync("member.one");
        var bystander = await host.MemberAsync("member.two");
        var moderator = await host.MemberAsync("mod.maria", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Buy cheap tokens here."), asMember: forum.Other);
        await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: flagger);

        await host.SendAsync(new DecideReviewCommand([reply.Id], ReviewDecision.Agree, "Spam.", Remove: true), asMember: moderator);

        var context = await host.SendAsync(new GetFlagContextQuery(reply.Id), asMember: flagger);
        Assert.NotNull(context);
        Assert.True(context.Removed);
        Assert.Equal(FlagStatus.Agreed, context.MyStatus);
        Assert.Equal(string.Empty, context.Cooked);
        Assert.Null(await host.SendAsync(new GetFlagContextQuery(reply.Id), asMember: bystander));
    }
}
