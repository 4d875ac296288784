using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Features.Threads;

/// <summary>The slug of a thread, so short links (/t/{id}) can redirect to the canonical URL; null if unknown.</summary>
public sealed record GetThreadSlugQuery(int ThreadId) : IQuery<string?>;

public sealed class GetThreadSlugQueryHandler(IForumDbContext db) : IQueryHandler<GetThreadSlugQuery, string?>
{
    public async ValueTask<string?> Handle(GetThreadSlugQuery query, CancellationToken cancellationToken) =>
        await db.Threads.AsNoTracking()
            .Where(t => t.Id == query.ThreadId)
            .Select(t => t.Slug)
            .SingleOrDefaultAsync(cancellationToken);
}
