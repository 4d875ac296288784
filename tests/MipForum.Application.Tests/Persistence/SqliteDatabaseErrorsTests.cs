using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Notifications;
using MipForum.Infrastructure.Persistence;
using MipForum.Infrastructure.Persistence.Sqlite;

namespace MipForum.Application.Tests.Persistence;

public sealed class SqliteDatabaseErrorsTests
{
    [Theory]
    [InlineData(19, 2067, true)] // SQLITE_CONSTRAINT_UNIQUE
    [InlineData(19, 1555, true)] // SQLITE_CONSTRAINT_PRIMARYKEY
    [InlineData(19, 787, false)] // SQLITE_CONSTRAINT_FOREIGNKEY
    [InlineData(19, 275, false)] // SQLITE_CONSTRAINT_CHECK
    [InlineData(19, 1299, false)] // SQLITE_CONSTRAINT_NOTNULL
    [InlineData(5, 5, false)] // SQLITE_BUSY
    public void ShouldCallOnlyUniqueAndPrimaryKeyRefusalsUniqueViolations(int code, int extended, bool unique) =>
        Assert.Equal(unique, SqliteDatabaseErrors.IsUniqueViolation(new SqliteException("refused", code, extended)));

    [Fact]
    public void ShouldNotCallOtherExceptionsUniqueViolations() =>
        Assert.False(SqliteDatabaseErrors.IsUniqueViolation(new InvalidOperationException("disk full")));
}

/// <summary>The same question asked of failures a real SQLite database raised through EF Core, not hand-made exceptions.</summary>
public sealed class SqliteDatabaseErrorsOnARealDatabaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldCallASecondMemberWithTheSameNameAUniqueViolation()
    {
        await using var host = await ForumTestHost.StartAsync();
        await host.MemberAsync("taken.name");

        var unique = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ForumDbContext>();
            db.Members.Add(new Member("taken.name", "Second", host.Time.Now));
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
            return services.GetRequiredService<IDatabaseErrors>().IsUniqueViolation(failure);
        });

        Assert.True(unique);
    }

    [Fact]
    public async Task ShouldNotCallARowThatPointsAtNoMemberAUniqueViolation()
    {
        await using var host = await ForumTestHost.StartAsync();

        var (unique, lostRace) = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ForumDbContext>();
            db.Notifications.Add(Notification.AboutModeration(999_999, NotificationKind.PostHidden, 999_999, 1, host.Time.Now));
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
            var errors = services.GetRequiredService<IDatabaseErrors>();
            return (errors.IsUniqueViolation(failure), errors.IsLostRace(failure));
        });

        Assert.False(unique);
        Assert.False(lostRace);
    }
}
