using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Features.Notifications;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Notifications;

/// <summary>Storing or reading a notification signals its recipient's open pages (the bell), and nobody else's.</summary>
public sealed class NotificationSignalsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ShouldSignalTheRecipientWhenANotificationIsStoredAndWhenItIsRead()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var signals = await forum.Host.InScopeAsync(s => Task.FromResult(s.GetRequiredService<INotificationSignals>()));
        var recipient = 0;
        var bystander = 0;
        using var mine = signals.Subscribe(forum.Author, () => { Interlocked.Increment(ref recipient); return Task.CompletedTask; });
        using var theirs = signals.Subscribe(forum.Other, () => { Interlocked.Increment(ref bystander); return Task.CompletedTask; });

        await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply that notifies the thread's author."), asMember: forum.Other);
        await WaitUntilAsync(() => Volatile.Read(ref recipient) >= 1);
        var note = Assert.Single((await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Author)).Items);
        await forum.Host.SendAsync(new OpenNotificationCommand(note.Id), asMember: forum.Author);
        await WaitUntilAsync(() => Volatile.Read(ref recipient) >= 2);

        Assert.Equal(2, Volatile.Read(ref recipient));
        Assert.Equal(0, Volatile.Read(ref bystander));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "no signal arrived");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
