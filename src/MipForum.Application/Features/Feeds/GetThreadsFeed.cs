using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Common;

namespace MipForum.Application.Features.Feeds;

/// <summary>
/// The newest threads (all, or one category's), each with its first post's text when anyone may read it: /latest.rss and
/// /c/{category}.rss. Null when the category does not exist.
/// </summary>
public sealed record GetThreadsFeedQuery(string? Category = null) : IQuery<Feed?>;

public sealed class GetThreadsFeedQueryValidator : AbstractValidator<GetThreadsFeedQuery>
{
    public GetThreadsFeedQueryValidator() => RuleFor(q => q.Category).Must(c => c is null || Slugs.IsSlug(c)).WithMessage("Not a category.");
}

public sealed class GetThreadsFeedQueryHandler(IForumDbContext db) : IQueryHandler<GetThreadsFeedQuery, Feed?>
{
    public async ValueTask<Feed?> Handle(GetThreadsFeedQuery query, CancellationToken cancellationToken)
    {
        string? categoryName = null;
        if (query.Category is { } slug)
        {
            categoryName = await db.Categories.AsNoTracking().Where(c => c.Slug == slug).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
            if (categoryName is null)
            {
                return null;
            }
        }

        var rows = await db.Threads.AsNoTracking()
            .Where(t => query.Category == null || t.Category.Slug == query.Category)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Take(Feed.Size)
            .Select(t => new
            {
                t.Id,
                t.Title,
                t.Slug,
                t.CreatedAt,
                Author = t.Author.DisplayName,
                First = t.Posts.Where(p => p.Number == 1).Select(p => new { p.Cooked, Shown = p.DeletedAt == null && p.RemovedAt == null && p.HiddenAt == null }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(t => new FeedItem(
            $"thread-{t.Id}", t.Title, ForumLinks.Thread(t.Id, t.Slug), t.First is { Shown: true } first ? first.Cooked : string.Empty, t.Author, t.CreatedAt)).ToList();
        return categoryName is null
            ? new Feed("MipForum: latest threads", "The newest threads on MipForum.", ForumLinks.Home, items)
            : new Feed($"MipForum: {categoryName}", $"The newest threads in {categoryName}.", ForumLinks.Category(query.Category!), items);
    }
}
