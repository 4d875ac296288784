using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Threads;

/// <summary>Every category, in display order (for pickers and filters).</summary>
public sealed record ListCategoriesQuery : IQuery<IReadOnlyList<CategoryRef>>;

public sealed class ListCategoriesQueryHandler(IForumDbContext db) : IQueryHandler<ListCategoriesQuery, IReadOnlyList<CategoryRef>>
{
    public async ValueTask<IReadOnlyList<CategoryRef>> Handle(ListCategoriesQuery query, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name)
            .Select(c => new CategoryRef(c.Slug, c.Name))
            .ToListAsync(cancellationToken);
}
