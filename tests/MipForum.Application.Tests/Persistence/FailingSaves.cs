using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MipForum.Application.Tests.Persistence;

/// <summary>Once armed, refuses saves as SQLite would with the given extended error code (every save, or only the first).</summary>
internal sealed class FailingSaves(int extendedErrorCode, bool onlyOnce) : SaveChangesInterceptor
{
    public const int ForeignKey = 787;
    public const int Unique = 2067;

    private int _failures;

    public bool Armed { get; set; }

    public int Failures => Volatile.Read(ref _failures);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Armed && (!onlyOnce || Failures == 0))
        {
            Interlocked.Increment(ref _failures);
            throw new DbUpdateException("An error occurred while saving the entity changes.", new SqliteException($"SQLite Error 19: constraint failed ({extendedErrorCode}).", 19, extendedErrorCode));
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
