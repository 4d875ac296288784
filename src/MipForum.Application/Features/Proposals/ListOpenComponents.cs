using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

public sealed record ComponentChoice(string Code, string Title, bool HasTemplate);

/// <summary>The published components that still take subproposals (not withdrawn, rejected or obsolete), in code order, for the drafting form.</summary>
public sealed record ListOpenComponentsQuery : IQuery<IReadOnlyList<ComponentChoice>>;

public sealed class ListOpenComponentsQueryHandler(IForumDbContext db) : IQueryHandler<ListOpenComponentsQuery, IReadOnlyList<ComponentChoice>>
{
    private const int Limit = 1000;

    public async ValueTask<IReadOnlyList<ComponentChoice>> Handle(ListOpenComponentsQuery query, CancellationToken cancellationToken) =>
        await db.Proposals.AsNoTracking()
            .Where(p => p.Kind == ProposalKind.Component && p.PublishedAt != null
                && p.Status != ProposalStatus.Withdrawn && p.Status != ProposalStatus.Rejected && p.Status != ProposalStatus.Obsolete)
            .OrderBy(p => p.MipNumber)
            .ThenBy(p => p.ComponentNumber)
            .Take(Limit)
            .Select(p => new ComponentChoice(p.Code!, p.Title, p.Template != null))
            .ToListAsync(cancellationToken);
}
