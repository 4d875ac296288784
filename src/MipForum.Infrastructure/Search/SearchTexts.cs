using Microsoft.EntityFrameworkCore;
using MipForum.Infrastructure.Markdown;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Search;

/// <summary>
/// Reads the text of stored HTML into the <c>Text</c> columns search indexes: for rows written before those columns
/// existed (at start-up, once), or for every row (<c>reindex-search</c>, after the text rules change). The cooked
/// HTML is not touched; each changed text reaches the index through its table's trigger.
/// </summary>
public sealed class SearchTexts(ForumDbContext db)
{
    private const int BatchSize = 500;

    /// <summary>How many posts and proposals <see cref="FillAsync"/> with <c>onlyMissing: false</c> reads.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        await db.Posts.CountAsync(cancellationToken) + await db.Proposals.CountAsync(cancellationToken);

    /// <summary>Returns how many rows were read. <paramref name="progress"/> hears the running count after each batch.</summary>
    public async Task<int> FillAsync(bool onlyMissing, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var done = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Posts.AsNoTracking()
                .Where(p => p.Id > lastId && (!onlyMissing || p.Text == string.Empty))
                .OrderBy(p => p.Id).Take(BatchSize).Select(p => new { p.Id, p.Cooked, p.Text })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var post in batch)
                {
                    var text = CookedText.Of(post.Cooked);
                    if (text != post.Text)
                    {
                        await db.Posts.Where(p => p.Id == post.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Text, text), cancellationToken);
                    }
                }

                await transaction.CommitAsync(cancellationToken);
            }

            lastId = batch[^1].Id;
            done += batch.Count;
            progress?.Report(done);
        }

        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => !onlyMissing || (p.BodyText == string.Empty && p.BodyCooked != string.Empty))
            .Select(p => new { p.Id, p.BodyCooked, p.BodyText })
            .ToListAsync(cancellationToken);
        foreach (var proposal in proposals)
        {
            var text = CookedText.Of(proposal.BodyCooked);
            if (text != proposal.BodyText)
            {
                await db.Proposals.Where(p => p.Id == proposal.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.BodyText, text), cancellationToken);
            }
        }

        progress?.Report(done + proposals.Count);
        return done + proposals.Count;
    }
}
