using Microsoft.EntityFrameworkCore;

namespace MipForum.Application.Common.Interfaces;

/// <summary>
/// For the few queries every signed-in page runs, compiled once with <see cref="EF.CompileAsyncQuery"/>: EF Core's
/// per-execution work (finding the cached plan by its expression tree, extracting parameters) was a fifth to a quarter
/// of each (issue 15). A compiled query takes the DbContext itself, which the forum's context always is.
/// </summary>
public static class CompiledQueries
{
    public static DbContext AsDbContext(this IForumDbContext db) =>
        db as DbContext ?? throw new InvalidOperationException("The forum's database context must be an EF Core DbContext to run compiled queries.");
}
