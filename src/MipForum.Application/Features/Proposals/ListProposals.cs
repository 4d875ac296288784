using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>Proposals in code order (MIP, its components, their subproposals), optionally filtered.</summary>
public sealed record ListProposalsQuery(
    int Page = 1,
    ProposalStatus? Status = null,
    ProposalKind? Kind = null,
    string? Parent = null,
    string? Tag = null,
    string? Author = null) : IQuery<PagedList<ProposalSummary>>
{
    /// <summary>The same filters without the status, for counts per status.</summary>
    public ProposalFilter Filter => new(Kind, Parent, Tag, Author);
}

public sealed class ListProposalsQueryValidator : AbstractValidator<ListProposalsQuery>
{
    public ListProposalsQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Parent).ValidParentFilter();
        RuleFor(q => q.Tag).ValidTagFilter();
        RuleFor(q => q.Author).ValidAuthorFilter();
    }
}

public sealed class ListProposalsQueryHandler(IForumDbContext db, IOptions<PagingOptions> paging)
    : IQueryHandler<ListProposalsQuery, PagedList<ProposalSummary>>
{
    public async ValueTask<PagedList<ProposalSummary>> Handle(ListProposalsQuery query, CancellationToken cancellationToken)
    {
        var pageSize = paging.Value.ProposalsPerPage;
        var proposals = query.Filter.Apply(db.Proposals.AsNoTracking());
        if (query.Status is { } status)
        {
            proposals = proposals.Where(p => p.Status == status);
        }

        var total = await proposals.CountAsync(cancellationToken);
        var items = await proposals
            .OrderBy(p => p.MipNumber)
            .ThenBy(p => p.ComponentNumber ?? 0)
            .ThenBy(p => p.SubproposalNumber ?? 0)
            .Skip((query.Page - 1) * pageSize)
            .Take(pageSize)
            .Select(ProposalProjections.Summary)
            .ToListAsync(cancellationToken);
        return new PagedList<ProposalSummary>(items, query.Page, pageSize, total);
    }
}
