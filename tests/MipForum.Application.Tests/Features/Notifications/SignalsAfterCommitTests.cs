using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Notifications;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Notifications;

/// <summary>
/// A recipient's bell is signalled only for notifications that are stored: a save inside a transaction signals when that
/// transaction commits, never when it rolls back or its commit fails (ADR 0019).
/// </summary>
public sealed class SignalsAfterCommitTests
{
    [Fact]
    public async Task ShouldSignalALikeOnlyWhenItsNotificationCanBeReadByAnotherConnection()
    {
        var signals = new SignalRecorder();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<INotificationSignals>(signals));
        await using var _ = forum.Host;
        signals.ConnectionString = await ConnectionStringAsync(forum.Host);
        var post = (await forum.PostsAsync()).First(p => p.AuthorId == forum.Author);

        await forum.Host.SendAsync(new LikePostCommand(post.Id), asMember: forum.Other);

        // The like's save runs in the transaction that also counts it: signalled at its save, the author's page would
        // count again and find nothing yet.
        var signal = Assert.Single(signals.Received);
        Assert.Equal((forum.Author, 1), (signal.MemberId, signal.StoredNotifications));
    }

    [Fact]
    public async Task ShouldNotSignalAMentionInANewThreadWhoseCommitFails()
    {
        var signals = new SignalRecorder();
        var commits = new CommitsRefused();
        var forum = await DiscussionFixture.StartAsync(configure: services =>
        {
            services.AddSingleton<INotificationSignals>(signals);
            services.AddSingleton<IInterceptor>(commits);
        });
        await using var _ = forum.Host;
        var threadsBefore = (await forum.ThreadsAsync()).Count;
        commits.Armed = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => forum.Host.SendAsync(new StartThreadCommand("A thread that is never committed", "Hello @amelie.r, a question.", "mips", []), asMember: forum.Other));

        commits.Armed = false;
        Assert.Equal(threadsBefore, (await forum.ThreadsAsync()).Count);
        Assert.Empty(signals.Received);
    }

    [Fact]
    public async Task ShouldNotSignalARolledBackSaveNorLetItLeakIntoTheNextTransaction()
    {
        var signals = new SignalRecorder();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<INotificationSignals>(signals));
        await using var _ = forum.Host;
        var cancel = TestContext.Current.CancellationToken;

        await forum.Host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ForumDbContext>();
            await using (var rolledBack = await db.Database.BeginTransactionAsync(cancel))
            {
                db.Notifications.Add(Notification.Create(forum.Author, forum.Other, NotificationKind.Liked, forum.ThreadId, 1, forum.Host.Time.Now)!);
                await db.SaveChangesAsync(cancel);
                await rolledBack.RollbackAsync(cancel);
            }

            db.ChangeTracker.Clear();
            await using (var abandoned = await db.Database.BeginTransactionAsync(cancel))
            {
                db.Notifications.Add(Notification.Create(forum.Author, forum.Other, NotificationKind.Liked, forum.ThreadId, 1, forum.Host.Time.Now)!);
                await db.SaveChangesAsync(cancel);
            }

            db.ChangeTracker.Clear();
            await using (var committed = await db.Database.BeginTransactionAsync(cancel))
            {
                db.Notifications.Add(Notification.Create(forum.Other, forum.Author, NotificationKind.Liked, forum.ThreadId, 1, forum.Host.Time.Now)!);
                await db.SaveChangesAsync(cancel);
                Assert.Empty(signals.Received);
                await committed.CommitAsync(cancel);
            }

            return 0;
        });

        Assert.Equal([forum.Other], signals.Received.Select(s => s.MemberId));
    }

    private static Task<string> ConnectionStringAsync(ForumTestHost host) =>
        host.InScopeAsync(services => Task.FromResult(services.GetRequiredService<ForumDbContext>().Database.GetConnectionString()!));

    /// <summary>Records each signal with the recipient's notifications another connection can read at that moment.</summary>
    private sealed class SignalRecorder : INotificationSignals
    {
        private readonly ConcurrentQueue<(int MemberId, long StoredNotifications)> _received = new();

        public string? ConnectionString { get; set; }

        public IReadOnlyList<(int MemberId, long StoredNotifications)> Received => [.. _received];

        public void Publish(int memberId) => _received.Enqueue((memberId, ConnectionString is null ? -1 : StoredFor(memberId)));

        public IDisposable Subscribe(int memberId, Func<Task> onChange) => throw new NotSupportedException();

        private long StoredFor(int memberId)
        {
            using var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM Notifications WHERE RecipientId = $id";
            count.Parameters.AddWithValue("$id", memberId);
            return (long)count.ExecuteScalar()!;
        }
    }

    /// <summary>Once armed, refuses every commit, as a full disk would.</summary>
    private sealed class CommitsRefused : DbTransactionInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Armed ? throw new InvalidOperationException("The commit failed.") : base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
    }
}
