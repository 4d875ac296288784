using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;

namespace MipForum.Application.Tests.Features.Threads;

public sealed class ReplyToThreadTests
{
    [Fact]
    public async Task ShouldAppendNumberedReplyPointingAtEarlierPost()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "I **disagree**.", ReplyToNumber: 1), asMember: forum.Other);

        var stored = (await forum.PostsAsync()).Single(p => p.Id == reply.Id);
        Assert.Equal(2, reply.Number);
        Assert.Equal(1, stored.ReplyToNumber);
        Assert.Equal("<p>I <strong>disagree</strong>.</p>", stored.Cooked.Trim());
        Assert.Equal(2, (await forum.ThreadsAsync()).Single().PostCount);
    }

    [Fact]
    public async Task ShouldCreateOnePostWhenTheSameSubmitArrivesTwice()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var first = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Only once", null, "key-123"), asMember: forum.Other);
        var again = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Only once", null, "key-123"), asMember: forum.Other);

        Assert.Equal(first, again);
        Assert.Equal(2, (await forum.PostsAsync()).Count);
    }

    [Fact]
    public async Task ShouldNumberFiftyConcurrentRepliesWithoutGapsOrLoss()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var replies = await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
            Task.Run(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, $"Concurrent reply {i}"), asMember: i % 2 == 0 ? forum.Author : forum.Other), TestContext.Current.CancellationToken)));

        var posts = await forum.PostsAsync();
        Assert.Equal(51, posts.Count);
        Assert.Equal(Enumerable.Range(1, 51), posts.Select(p => p.Number));
        Assert.Equal(Enumerable.Range(2, 50), replies.Select(r => r.Number).Order());
        Assert.Equal(50, posts.Select(p => p.Raw).Where(r => r.StartsWith("Concurrent reply", StringComparison.Ordinal)).Distinct().Count());
        Assert.Equal(51, (await forum.ThreadsAsync()).Single().PostCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ShouldRejectWhenBodyIsEmpty(string body)
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, body), asMember: forum.Other));

        Assert.Equal(["body"], error.Errors.Keys);
        Assert.Single(await forum.PostsAsync());
    }

    [Fact]
    public async Task ShouldRejectWhenBodyIsOverTheLimit()
    {
        var forum = await DiscussionFixture.StartAsync(new Dictionary<string, string?> { ["Forum:Markdown:MaxSourceLength"] = "100" });
        await using var _ = forum.Host;

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, new string('x', 101)), asMember: forum.Other));

        // The same key as an empty body: one input, one key.
        Assert.Equal(["body"], error.Errors.Keys);
        Assert.Single(await forum.PostsAsync());
    }

    [Fact]
    public async Task ShouldRefuseWhenNobodyIsSignedIn()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await Assert.ThrowsAsync<NotSignedInException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "hello")));
    }

    [Fact]
    public async Task ShouldRefuseWhenThreadIsLockedOrReplyTargetMissing()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "to nowhere", ReplyToNumber: 7), asMember: forum.Other));
        await forum.LockThreadAsync();
        var locked = await Assert.ThrowsAsync<DomainRuleException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "too late"), asMember: forum.Other));

        Assert.Contains("locked", locked.Message, StringComparison.Ordinal);
        Assert.Single(await forum.PostsAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(9999, "where?"), asMember: forum.Other));
    }
}
