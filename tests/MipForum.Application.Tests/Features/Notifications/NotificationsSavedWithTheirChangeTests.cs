using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Notifications;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Notifications;

/// <summary>
/// A post, a thread or a like is stored with its notifications or not at all: when the notification rows cannot be
/// written, the change that caused them is not stored either (before, the post stayed and its notifications were lost).
/// </summary>
public sealed class NotificationsSavedWithTheirChangeTests
{
    [Fact]
    public async Task ShouldStoreTheReplyAndItsNotificationTogetherWhenBothCanBeStored()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "I agree with @amelie.r here."), asMember: forum.Other);

        var notes = await NotificationsAsync(forum.Host);
        var mention = Assert.Single(notes, n => n.Kind == NotificationKind.Mentioned);
        Assert.Equal((forum.Author, forum.ThreadId, reply.Number), (mention.RecipientId, mention.ThreadId, mention.PostNumber));
    }

    [Fact]
    public async Task ShouldStoreNoReplyWhenItsNotificationsCannotBeStored()
    {
        var saves = new NotificationsRefused();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(saves));
        await using var _ = forum.Host;
        saves.Armed = true;

        await Assert.ThrowsAsync<DbUpdateException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply for @amelie.r that cannot notify."), asMember: forum.Other));

        saves.Armed = false;
        Assert.DoesNotContain(await forum.PostsAsync(), p => p.Raw.Contains("cannot notify", StringComparison.Ordinal));
        Assert.Empty(await NotificationsAsync(forum.Host));
    }

    [Fact]
    public async Task ShouldStoreNoThreadWhenItsNotificationsCannotBeStored()
    {
        var saves = new NotificationsRefused();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(saves));
        await using var _ = forum.Host;
        var threadsBefore = (await forum.ThreadsAsync()).Count;
        saves.Armed = true;

        await Assert.ThrowsAsync<DbUpdateException>(() => forum.Host.SendAsync(new StartThreadCommand("A thread that cannot notify", "Hello @amelie.r, a question.", "mips", []), asMember: forum.Other));

        saves.Armed = false;
        Assert.Equal(threadsBefore, (await forum.ThreadsAsync()).Count);
        Assert.Empty(await NotificationsAsync(forum.Host));
    }

    [Fact]
    public async Task ShouldStoreNoLikeWhenItsNotificationCannotBeStored()
    {
        var saves = new NotificationsRefused();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(saves));
        await using var _ = forum.Host;
        var post = (await forum.PostsAsync()).First(p => p.AuthorId == forum.Author);
        saves.Armed = true;

        await Assert.ThrowsAsync<DbUpdateException>(() => forum.Host.SendAsync(new LikePostCommand(post.Id), asMember: forum.Other));

        saves.Armed = false;
        Assert.Equal(0, (await forum.PostsAsync()).Single(p => p.Id == post.Id).LikeCount);
        Assert.Empty(await NotificationsAsync(forum.Host));
        var liked = await forum.Host.SendAsync(new LikePostCommand(post.Id), asMember: forum.Other);
        Assert.Equal(1, liked.LikeCount);
        Assert.Single(await NotificationsAsync(forum.Host), n => n.Kind == NotificationKind.Liked);
    }

    private static Task<List<Notification>> NotificationsAsync(ForumTestHost host) =>
        host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Notifications.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));

    /// <summary>Refuses any save that writes a notification, as a full disk or a broken constraint would.</summary>
    private sealed class NotificationsRefused : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Armed && eventData.Context!.ChangeTracker.Entries<Notification>().Any(e => e.State == EntityState.Added)
                ? throw new DbUpdateException("The notifications cannot be stored.")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
