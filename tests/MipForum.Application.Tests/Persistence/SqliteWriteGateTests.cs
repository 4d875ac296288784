using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Concurrency;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Persistence;

/// <summary>
/// The write gate queues this process's SQLite writers without blocking threads, and the reply queue lets repliers of
/// one thread take turns. Neither may ever hold a writer out for good: a transaction dropped without commit gives the
/// gate back when its connection closes.
/// </summary>
public sealed class SqliteWriteGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ShouldStoreEveryReplyWhenManyWritersReplyToSeveralThreadsAtOnce()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var threads = new List<int> { forum.ThreadId };
        for (var i = 1; i < 4; i++)
        {
            threads.Add((await forum.Host.SendAsync(new StartThreadCommand($"A second thread for the write gate {i}", "Its first post.", "mips"), asMember: forum.Author)).Id);
        }

        await Task.WhenAll(Enumerable.Range(0, 48).Select(i => Task.Run(() =>
            forum.Host.SendAsync(new ReplyToThreadCommand(threads[i % 4], $"Reply {i} through the gate."), asMember: i % 2 == 0 ? forum.Author : forum.Other), TestContext.Current.CancellationToken)))
            .WaitAsync(Patience, TestContext.Current.CancellationToken);

        var posts = await forum.PostsAsync();
        foreach (var thread in threads)
        {
            var numbers = posts.Where(p => p.ThreadId == thread).Select(p => p.Number).Order().ToList();
            Assert.Equal(Enumerable.Range(1, 13), numbers);
        }
    }

    [Fact]
    public async Task ShouldLetTheNextWriterInWhenATransactionIsDroppedWithoutCommit()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        await forum.Host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ForumDbContext>();
            var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            (await db.Threads.SingleAsync(t => t.Id == forum.ThreadId, TestContext.Current.CancellationToken)).Lock();
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return transaction; // neither committed nor disposed here: the scope's end closes the connection
        });

        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply after a dropped transaction."), asMember: forum.Other)
            .WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(2, reply.Number); // the lock was rolled back with its transaction
    }

    [Fact]
    public async Task ShouldMakeHoldersOfOneKeyTakeTurnsAndLeaveOtherKeysFree()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.EnterAsync(1, TestContext.Current.CancellationToken);
        var second = locks.EnterAsync(1, TestContext.Current.CancellationToken);
        var other = await locks.EnterAsync(2, TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(Patience, TestContext.Current.CancellationToken)).Dispose();
        other.Dispose();
        (await locks.EnterAsync(1, TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken)).Dispose();
    }
}
