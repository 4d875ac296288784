using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>How many published proposals are in each status, under the other filters of the list (one grouped query).</summary>
public sealed record CountProposalsByStatusQuery(ProposalKind? Kind = null, string? Parent = null, string? Tag = null, string? Author = null)
    : IQuery<IReadOnlyDictionary<ProposalStatus, int>>
{
    public ProposalFilter Filter => new(Kind, Parent, Tag, Author);
}

public sealed class CountProposalsByStatusQueryValidator : AbstractValidator<CountProposalsByStatusQuery>
{
    public CountProposalsByStatusQueryValidator()
    {
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Parent).ValidParentFilter();
        RuleFor(q => q.Tag).ValidTagFilter();
        RuleFor(q => q.Author).ValidAuthorFilter();
    }
}

public sealed class CountProposalsByStatusQueryHandler(IForumDbContext db)
    : IQueryHandler<CountProposalsByStatusQuery, IReadOnlyDictionary<ProposalStatus, int>>
{
    public async ValueTask<IReadOnlyDictionary<ProposalStatus, int>> Handle(CountProposalsByStatusQuery query, CancellationToken cancellationToken) =>
        await query.Filter.Apply(db.Proposals.AsNoTracking())
            .GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
}
