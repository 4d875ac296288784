using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Posts;

public sealed class ThreadReadModelTests
{
    [Fact]
    public async Task ShouldListWhoLikedAndWhoRepliedForEachPost()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var third = await forum.Host.MemberAsync("moshe_f");
        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "an answer", ReplyToNumber: 1), asMember: forum.Other);
        await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "another answer", ReplyToNumber: 1), asMember: third);
        await forum.Host.SendAsync(new LikePostCommand(reply.Id), asMember: forum.Author);
        await forum.Host.SendAsync(new LikePostCommand(reply.Id), asMember: third);

        var asAmelie = await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId), asMember: forum.Author);
        var anonymous = await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId));

        var first = asAmelie!.Posts.Items[0];
        Assert.Equal(2, first.ReplyCount);
        Assert.Equal([new ReplyRef(2, "sato-k"), new ReplyRef(3, "moshe_f")], first.Replies);
        var second = asAmelie.Posts.Items[1];
        Assert.Equal(["amelie.r", "moshe_f"], second.LikedBy);
        Assert.True(second.LikedByMe);
        Assert.False(anonymous!.Posts.Items[1].LikedByMe);
    }

    [Fact]
    public async Task ShouldListOnlyTheFirstRepliesWhenAPostIsAnsweredManyTimes()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        for (var i = 0; i < PostView.MaxRepliesListed + 5; i++)
        {
            await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, $"answer {i}", ReplyToNumber: 1), asMember: forum.Other);
        }

        var first = (await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId)))!.Posts.Items[0];

        Assert.Equal(PostView.MaxRepliesListed + 5, first.ReplyCount);
        Assert.Equal(Enumerable.Range(2, PostView.MaxRepliesListed), first.Replies.Select(r => r.Number));
    }
}
