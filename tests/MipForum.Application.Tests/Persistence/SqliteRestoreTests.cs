using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Infrastructure.Persistence;
using MipForum.Infrastructure.Persistence.Sqlite;

namespace MipForum.Application.Tests.Persistence;

/// <summary>A restore puts a backup in place only while no forum serves the database, and keeps the replaced file.</summary>
public sealed class SqliteRestoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldPutABackupInPlaceMovingTheCurrentDatabaseAsideAndRefuseWhileAForumHoldsIt()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var backup = Path.Combine(Path.GetTempPath(), $"mipforum-restore-{Guid.NewGuid():N}.db");
        var connectionString = await forum.Host.InScopeAsync(services => Task.FromResult(ForumDatabase.ResolveConnectionString(services)));
        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        try
        {
            var saved = await forum.Host.InScopeAsync(services => services.GetRequiredService<SqliteBackup>().BackupAsync(backup, Ct));
            await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Written after the backup."), asMember: forum.Other);

            using (DatabaseInUse.TryTake(database))
            {
                var refused = await Assert.ThrowsAsync<IOException>(() => SqliteRestore.RestoreAsync(backup, connectionString, forum.Host.Time.Now, Ct));
                Assert.StartsWith("A forum is running on", refused.Message, StringComparison.Ordinal);
            }

            await Assert.ThrowsAsync<IOException>(() => SqliteRestore.RestoreAsync(backup + ".missing", connectionString, forum.Host.Time.Now, Ct));
            var report = await SqliteRestore.RestoreAsync(backup, connectionString, forum.Host.Time.Now, Ct);

            Assert.Equal(saved.Posts, report.Posts);
            Assert.True(File.Exists(report.PreviousMovedTo));
            Assert.DoesNotContain(await forum.PostsAsync(), p => p.Raw == "Written after the backup.");
            Assert.Equal(saved.Posts, (await forum.PostsAsync()).Count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(backup);
            foreach (var aside in Directory.EnumerateFiles(Path.GetDirectoryName(database)!, Path.GetFileName(database) + ".before-restore-*"))
            {
                File.Delete(aside);
            }
        }
    }
}
