using Microsoft.EntityFrameworkCore;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Search;

/// <summary>
/// At start-up, after the migrations: rows written before search existed get their text, and an index that is empty
/// while the forum has posts (the migration that created it) is filled from the tables. Both are no-ops afterwards.
/// </summary>
internal static class SqliteSearchPreparation
{
    public static async Task PrepareAsync(ForumDbContext db, CancellationToken cancellationToken)
    {
        await new SearchTexts(db).FillAsync(onlyMissing: true, progress: null, cancellationToken);
        var empty = await db.Database.SqlQueryRaw<int>("SELECT NOT EXISTS (SELECT 1 FROM SearchIndex) AS Value").SingleAsync(cancellationToken) == 1;
        if (empty && await db.Members.AnyAsync(cancellationToken))
        {
            await new SqliteSearchIndex(db).RebuildAsync(cancellationToken);
        }
    }
}
