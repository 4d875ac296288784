using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Features.Feeds;

/// <summary>One page for search engines: its path and when it last changed.</summary>
public sealed record SitemapEntry(string Path, DateTimeOffset LastModified);

/// <summary>
/// The pages a search engine should know (/sitemap.xml): the home page, the proposal list, every thread and every
/// published proposal, at most <see cref="MaxEntries"/> (the sitemap protocol's limit per file), newest first.
/// </summary>
public sealed record ListSitemapEntriesQuery : IQuery<IReadOnlyList<SitemapEntry>>
{
    public const int MaxEntries = 50_000;
}

public sealed class ListSitemapEntriesQueryHandler(IForumDbContext db, TimeProvider time) : IQueryHandler<ListSitemapEntriesQuery, IReadOnlyList<SitemapEntry>>
{
    public async ValueTask<IReadOnlyList<SitemapEntry>> Handle(ListSitemapEntriesQuery query, CancellationToken cancellationToken)
    {
        var threads = await db.Threads.AsNoTracking()
            .OrderByDescending(t => t.LastActivityAt).Take(ListSitemapEntriesQuery.MaxEntries / 2)
            .Select(t => new { t.Id, t.Slug, t.LastActivityAt })
            .ToListAsync(cancellationToken);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.Code != null)
            .OrderByDescending(p => p.UpdatedAt).Take(ListSitemapEntriesQuery.MaxEntries / 2 - 2)
            .Select(p => new { Code = p.Code!, p.UpdatedAt })
            .ToListAsync(cancellationToken);

        var now = time.GetUtcNow();
        var newest = threads.Select(t => t.LastActivityAt).Concat(proposals.Select(p => p.UpdatedAt)).DefaultIfEmpty(now).Max();
        return
        [
            new SitemapEntry(ForumLinks.Home, newest),
            new SitemapEntry(ForumLinks.Proposals, proposals.Select(p => p.UpdatedAt).DefaultIfEmpty(now).Max()),
            .. threads.Select(t => new SitemapEntry(ForumLinks.Thread(t.Id, t.Slug), t.LastActivityAt)),
            .. proposals.Select(p => new SitemapEntry(ForumLinks.Proposal(p.Code), p.UpdatedAt)),
        ];
    }
}
