using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Infrastructure.Persistence.Sqlite;

/// <summary>SQLite's answer to "what failed": SQLITE_CONSTRAINT (19) with the extended code of a unique index or primary key.</summary>
internal sealed class SqliteDatabaseErrors : IDatabaseErrors
{
    private const int Constraint = 19;
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;

    public bool IsUniqueViolation(DbUpdateException failure) => IsUniqueViolation(failure.InnerException);

    /// <summary>Also for tests: the bare SQLite exception as EF Core wraps it.</summary>
    public static bool IsUniqueViolation(Exception? error) =>
        error is SqliteException { SqliteErrorCode: Constraint, SqliteExtendedErrorCode: ConstraintUnique or ConstraintPrimaryKey };
}
