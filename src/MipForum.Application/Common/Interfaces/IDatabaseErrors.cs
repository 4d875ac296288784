using Microsoft.EntityFrameworkCore;

namespace MipForum.Application.Common.Interfaces;

/// <summary>
/// What a failed save means, answered by the database provider that raised it (each reports a violated unique index
/// with its own error code). Retry loops and "already done" answers catch only the failure they mean; anything else
/// (a foreign key, a full disk, a bug) surfaces instead of being retried or reported as a duplicate.
/// </summary>
public interface IDatabaseErrors
{
    /// <summary>A unique index or primary key refused the row: another request stored the same key first.</summary>
    bool IsUniqueViolation(DbUpdateException failure);

    /// <summary>Another request won a race: a row's concurrency token moved, or a unique key was taken first.</summary>
    bool IsLostRace(DbUpdateException failure) => failure is DbUpdateConcurrencyException || IsUniqueViolation(failure);
}
