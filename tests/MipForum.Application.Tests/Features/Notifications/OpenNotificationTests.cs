using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Notifications;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Notifications;

public sealed class OpenNotificationTests
{
    private static async Task<(DiscussionFixture Forum, int NotificationId, int ReplyNumber)> RepliedAsync()
    {
        var forum = await DiscussionFixture.StartAsync();
        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "An answer to the opening post."), asMember: forum.Other);
        var note = Assert.Single((await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Author)).Items);
        return (forum, note.Id, reply.Number);
    }

    [Fact]
    public async Task ShouldMarkItReadAndLeadToThePostWhenTheRecipientOpensIt()
    {
        var (forum, id, number) = await RepliedAsync();
        await using var _ = forum.Host;

        var target = await forum.Host.SendAsync(new OpenNotificationCommand(id), asMember: forum.Author);
        var again = await forum.Host.SendAsync(new OpenNotificationCommand(id), asMember: forum.Author);

        Assert.Equal(new NotificationTarget(forum.ThreadId, number), target);
        Assert.Equal(target, again);
        Assert.Equal(0, await forum.Host.SendAsync(new CountUnreadNotificationsQuery(), asMember: forum.Author));
        Assert.True(Assert.Single((await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Author)).Items).Read);
    }

    [Fact]
    public async Task ShouldAnswerNotFoundAndLeaveItUnreadWhenSomeoneElseOpensIt()
    {
        var (forum, id, _) = await RepliedAsync();
        await using var _ = forum.Host;

        await Assert.ThrowsAsync<NotFoundException>(() => forum.Host.SendAsync(new OpenNotificationCommand(id), asMember: forum.Other));

        var readAt = await forum.Host.InScopeAsync(s => s.GetRequiredService<ForumDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Null(readAt);
        Assert.Equal(1, await forum.Host.SendAsync(new CountUnreadNotificationsQuery(), asMember: forum.Author));
    }

    [Fact]
    public async Task ShouldRefuseAnAnonymousCaller()
    {
        var (forum, id, _) = await RepliedAsync();
        await using var _ = forum.Host;

        await Assert.ThrowsAsync<NotSignedInException>(() => forum.Host.SendAsync(new OpenNotificationCommand(id)));
        Assert.Equal(1, await forum.Host.SendAsync(new CountUnreadNotificationsQuery(), asMember: forum.Author));
    }

    [Fact]
    public async Task ShouldRejectAnIdThatIsNotPositive()
    {
        var (forum, _, _) = await RepliedAsync();
        await using var _ = forum.Host;

        await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new OpenNotificationCommand(0), asMember: forum.Author));
    }
}
