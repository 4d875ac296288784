using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Infrastructure.Persistence.Sqlite;

namespace MipForum.Application.Tests.Persistence;

/// <summary>A backup taken while members post is a sound database that holds every post acknowledged before it began.</summary>
public sealed class SqliteBackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldCopyALiveForumWhileTwentyWritersPostAndKeepEveryAcknowledgedPost()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var target = Path.Combine(Path.GetTempPath(), $"mipforum-backup-{Guid.NewGuid():N}.db");
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<int>();
        using var stop = new CancellationTokenSource();

        var writers = Enumerable.Range(1, 20).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested && i < 40; i++)
            {
                var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, $"Writer {writer}, post {i}."), asMember: writer % 2 == 0 ? forum.Author : forum.Other);
                acknowledged.Add(reply.Id);
            }
        }, Ct)).ToList();

        await Task.Delay(300, Ct);
        var before = acknowledged.ToHashSet();
        var report = await forum.Host.InScopeAsync(services => services.GetRequiredService<SqliteBackup>().BackupAsync(target, Ct));
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        try
        {
            Assert.Equal("ok", report.IntegrityCheck);
            Assert.True(before.Count > 0, "No writer was acknowledged before the backup: the test raced nothing.");
            await using var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
            await copy.OpenAsync(Ct);
            await using var command = copy.CreateCommand();
            command.CommandText = "SELECT \"Id\" FROM \"Posts\";";
            var stored = new HashSet<int>();
            await using (var reader = await command.ExecuteReaderAsync(Ct))
            {
                while (await reader.ReadAsync(Ct))
                {
                    stored.Add(reader.GetInt32(0));
                }
            }

            Assert.Subset(stored, before);
            Assert.Equal(stored.Count, report.Posts);
            await Assert.ThrowsAsync<IOException>(() => forum.Host.InScopeAsync(services => services.GetRequiredService<SqliteBackup>().BackupAsync(target, Ct)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(target);
        }
    }
}
