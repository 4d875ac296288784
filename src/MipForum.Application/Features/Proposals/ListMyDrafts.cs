using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Features.Proposals;

public sealed record DraftSummary(int Id, string Title, string? ParentCode, DateTimeOffset UpdatedAt, DateTimeOffset? PublishAt);

/// <summary>The caller's drafts (as author or co-author), most recently changed first; empty for anonymous callers.</summary>
public sealed record ListMyDraftsQuery : IQuery<IReadOnlyList<DraftSummary>>;

public sealed class ListMyDraftsQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<ListMyDraftsQuery, IReadOnlyList<DraftSummary>>
{
    public async ValueTask<IReadOnlyList<DraftSummary>> Handle(ListMyDraftsQuery query, CancellationToken cancellationToken)
    {
        if (currentUser.MemberId is not { } me)
        {
            return [];
        }

        return await db.Proposals.AsNoTracking()
            .Where(p => p.PublishedAt == null && (p.AuthorId == me || p.CoAuthors.Any(c => c.MemberId == me)))
            .OrderByDescending(p => p.UpdatedAt)
            .Take(100)
            .Select(p => new DraftSummary(p.Id, p.Title, p.Parent == null ? null : p.Parent.Code, p.UpdatedAt, p.PublishAt))
            .ToListAsync(cancellationToken);
    }
}
