using Microsoft.Data.Sqlite;
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
