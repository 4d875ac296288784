using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;

namespace MipForum.Application.Tests.Features.Posts;

public sealed class LikePostTests
{
    [Fact]
    public async Task ShouldCountOneLikePerMemberAndShowItOnThePost()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var postId = (await forum.PostsAsync()).Single().Id;

        await forum.Host.SendAsync(new LikePostCommand(postId), asMember: forum.Other);
        var twice = await forum.Host.SendAsync(new LikePostCommand(postId), asMember: forum.Other);

        Assert.Equal(new LikeState(postId, 1, true), twice);
        var thread = await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId));
        Assert.Equal(1, thread!.Posts.Items[0].LikeCount);

        var unliked = await forum.Host.SendAsync(new UnlikePostCommand(postId), asMember: forum.Other);
        Assert.Equal(0, unliked.LikeCount);
        Assert.Equal(0, (await forum.Host.SendAsync(new UnlikePostCommand(postId), asMember: forum.Other)).LikeCount);
    }

    [Fact]
    public async Task ShouldRefuseLikingOwnPostOrAnonymously()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var postId = (await forum.PostsAsync()).Single().Id;

        await Assert.ThrowsAsync<NotPermittedException>(() => forum.Host.SendAsync(new LikePostCommand(postId), asMember: forum.Author));
        await Assert.ThrowsAsync<NotSignedInException>(() => forum.Host.SendAsync(new LikePostCommand(postId)));
        await Assert.ThrowsAsync<NotFoundException>(() => forum.Host.SendAsync(new LikePostCommand(99_999), asMember: forum.Other));

        Assert.Equal(0, (await forum.PostsAsync()).Single().LikeCount);
    }

    [Fact]
    public async Task ShouldCountEveryLikeWhenFiftyMembersLikeAtOnce()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var postId = (await forum.PostsAsync()).Single().Id;
        var members = new List<int>();
        for (var i = 0; i < 50; i++)
        {
            members.Add(await forum.Host.MemberAsync($"liker{i:00}"));
        }

        var states = await Task.WhenAll(members.Select(member => Task.Run(() => forum.Host.SendAsync(new LikePostCommand(postId), asMember: member))));

        Assert.All(states, state => Assert.True(state.LikedByMe));
        Assert.Equal(50, (await forum.PostsAsync()).Single().LikeCount);
        Assert.Equal(50, states.Max(s => s.LikeCount));
        var thread = await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId));
        Assert.Equal(50, thread!.Posts.Items[0].LikeCount);
    }

    [Fact]
    public async Task ShouldStayExactWhenLikesAndUnlikesRace()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var postId = (await forum.PostsAsync()).Single().Id;
        var members = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            members.Add(await forum.Host.MemberAsync($"liker{i:00}"));
        }

        foreach (var member in members.Take(10))
        {
            await forum.Host.SendAsync(new LikePostCommand(postId), asMember: member);
        }

        // The first ten take their likes back (each twice, at once) while the other ten like.
        var unlikes = members.Take(10).SelectMany(member => new[] { member, member }).Select(member => Task.Run(() => forum.Host.SendAsync(new UnlikePostCommand(postId), asMember: member)));
        var likes = members.Skip(10).Select(member => Task.Run(() => forum.Host.SendAsync(new LikePostCommand(postId), asMember: member)));
        await Task.WhenAll(unlikes.Concat(likes));

        Assert.Equal(10, (await forum.PostsAsync()).Single().LikeCount);
    }
}
