using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Notifications;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Notifications;

namespace MipForum.Application.Tests.Features.Notifications;

public sealed class NotificationsTests
{
    [Fact]
    public async Task ShouldNotifyRepliedToMentionedQuotedAndLikedMembers()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var third = await forum.Host.MemberAsync("moshe_f");

        // sato-k replies to the thread (amelie's) and mentions moshe_f.
        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "I disagree, cc @moshe_f"), asMember: forum.Other);
        // amelie quotes sato-k's reply, and likes it.
        await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, $"[quote=\"sato-k, post:{reply.Number}, topic:{forum.ThreadId}\"]\nI disagree\n[/quote]\n\nWhy?", ReplyToNumber: reply.Number), asMember: forum.Author);
        await forum.Host.SendAsync(new LikePostCommand(reply.Id), asMember: forum.Author);

        var amelie = await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Author);
        var sato = await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Other);
        var moshe = await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: third);

        Assert.Equal([(NotificationKind.Replied, "sato-k", 2)], amelie.Items.Select(n => (n.Kind, n.ActorUserName, n.PostNumber)));
        Assert.Equal([NotificationKind.Liked, NotificationKind.Quoted], sato.Items.Select(n => n.Kind));
        Assert.All(sato.Items, n => Assert.Equal("amelie.r", n.ActorUserName));
        Assert.Equal([NotificationKind.Mentioned], moshe.Items.Select(n => n.Kind));
        Assert.Equal("An existing discussion thread", moshe.Items[0].ThreadTitle);
        Assert.Equal(2, await forum.Host.SendAsync(new CountUnreadNotificationsQuery(), asMember: forum.Other));
    }

    [Fact]
    public async Task ShouldNotNotifyMembersOfTheirOwnActionsOrOfMentionsInCode()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Note to self @amelie.r, and `@sato-k` in code"), asMember: forum.Author);

        Assert.Empty((await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Author)).Items);
        Assert.Empty((await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Other)).Items);
    }

    [Fact]
    public async Task ShouldMarkAllReadWhenAsked()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Hello @amelie.r"), asMember: forum.Other);

        var marked = await forum.Host.SendAsync(new MarkNotificationsReadCommand(), asMember: forum.Author);

        Assert.Equal(1, marked);
        Assert.Equal(0, await forum.Host.SendAsync(new CountUnreadNotificationsQuery(), asMember: forum.Author));
        Assert.True((await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Author)).Items.Single().Read);
    }

    [Fact]
    public async Task ShouldRefuseAnonymousCallersAndBadPages()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await Assert.ThrowsAsync<NotSignedInException>(() => forum.Host.SendAsync(new ListNotificationsQuery()));
        await Assert.ThrowsAsync<NotSignedInException>(() => forum.Host.SendAsync(new MarkNotificationsReadCommand()));
        await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ListNotificationsQuery(0), asMember: forum.Author));
    }
}
