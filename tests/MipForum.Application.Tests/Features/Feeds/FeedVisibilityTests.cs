using MipForum.Application.Features.Feeds;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Feeds;

/// <summary>Feeds carry only what anyone may read at once: no withdrawn, removed or hidden post, no text of a hidden first post.</summary>
public sealed class FeedVisibilityTests
{
    [Fact]
    public async Task ShouldLeaveWithdrawnRemovedAndHiddenPostsOutOfAThreadsAndAMembersFeed()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("lena.v", MemberRoles.Moderator);
        var shown = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Shown to everyone."), asMember: forum.Other);
        var withdrawn = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Taken back."), asMember: forum.Other);
        var removed = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Removed by a moderator."), asMember: forum.Other);
        var hidden = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Hidden by a moderator."), asMember: forum.Other);
        await host.SendAsync(new WithdrawPostCommand(withdrawn.Id), asMember: forum.Other);
        await host.SendAsync(new ModeratePostCommand(removed.Id, PostModeration.Remove, "Doxxing"), asMember: moderator);
        await host.SendAsync(new ModeratePostCommand(hidden.Id, PostModeration.Hide, "Off topic"), asMember: moderator);

        var thread = (await host.SendAsync(new GetPostsFeedQuery(ThreadId: forum.ThreadId)))!;
        var member = (await host.SendAsync(new GetPostsFeedQuery(UserName: "@SATO-K")))!;

        Assert.Equal([$"post-{shown.Id}"], member.Items.Select(i => i.Id));
        Assert.Contains(thread.Items, i => i.Id == $"post-{shown.Id}" && i.Html.Contains("Shown to everyone.", StringComparison.Ordinal));
        Assert.DoesNotContain(thread.Items, i => i.Id == $"post-{withdrawn.Id}" || i.Id == $"post-{removed.Id}" || i.Id == $"post-{hidden.Id}");
        Assert.Null(await host.SendAsync(new GetPostsFeedQuery(UserName: "nobody.here")));
    }

    [Fact]
    public async Task ShouldListAThreadWhoseFirstPostIsHiddenWithoutItsText()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("lena.v", MemberRoles.Moderator);
        var started = await host.SendAsync(new StartThreadCommand("A thread whose opening is hidden", "An opening a moderator hides.", "mips"), asMember: forum.Other);
        var first = (await host.SendAsync(new GetThreadQuery(started.Id)))!.Posts.Items[0];
        await host.SendAsync(new ModeratePostCommand(first.Id, PostModeration.Hide, "Off topic"), asMember: moderator);

        var latest = (await host.SendAsync(new GetThreadsFeedQuery()))!;

        var item = Assert.Single(latest.Items, i => i.Id == $"thread-{started.Id}");
        Assert.Equal(("A thread whose opening is hidden", string.Empty), (item.Title, item.Html));
        Assert.Null(await host.SendAsync(new GetThreadsFeedQuery("no-such-category")));
    }
}
