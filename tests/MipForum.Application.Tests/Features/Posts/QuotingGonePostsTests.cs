using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Posts;

/// <summary>A quote of a withdrawn or removed post would republish its text under its author's name: refused, as a reply to it is.</summary>
public sealed class QuotingGonePostsTests
{
    private static string Quote(DiscussionFixture forum, int number, string text) =>
        $"[quote=\"sato-k, post:{number}, topic:{forum.ThreadId}\"]\n{text}\n[/quote]\n\nAnswering that.";

    [Fact]
    public async Task ShouldRefuseAReplyOrEditThatQuotesARemovedOrWithdrawnPostAndStoreNothing()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("lena.v", MemberRoles.Moderator);
        var removed = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply a moderator removes."), asMember: forum.Other);
        var withdrawn = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply its author takes back."), asMember: forum.Other);
        var kept = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply that stays."), asMember: forum.Other);
        await host.SendAsync(new ModeratePostCommand(removed.Id, PostModeration.Remove, "Doxxing"), asMember: moderator);
        await host.SendAsync(new WithdrawPostCommand(withdrawn.Id), asMember: forum.Other);
        var before = (await forum.PostsAsync()).Count;

        var quotingRemoved = await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, Quote(forum, removed.Number, "A reply a moderator removes.")), asMember: forum.Author));
        await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, Quote(forum, withdrawn.Number, "A reply its author takes back.")), asMember: forum.Author));
        var mine = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, Quote(forum, kept.Number, "A reply that stays.")), asMember: forum.Author);
        await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new EditPostCommand(mine.Id, Quote(forum, removed.Number, "Sneaked back in."), Version: 1), asMember: forum.Author));

        Assert.Equal($"Post #{removed.Number} that you quote was withdrawn or removed: there is nothing left to quote. Take the quote out.", quotingRemoved.Message);
        var posts = await forum.PostsAsync();
        Assert.Equal(before + 1, posts.Count);
        Assert.DoesNotContain(posts, p => p.Raw.Contains("Sneaked back in.", StringComparison.Ordinal));
    }
}
