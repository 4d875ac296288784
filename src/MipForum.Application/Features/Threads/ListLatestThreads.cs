using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;

namespace MipForum.Application.Features.Threads;

/// <summary>Threads with the most recent activity first, as on Discourse's "Latest".</summary>
public sealed record ListLatestThreadsQuery(int Page = 1) : IQuery<PagedList<ThreadSummary>>;

public sealed class ListLatestThreadsQueryValidator : AbstractValidator<ListLatestThreadsQuery>
{
    public ListLatestThreadsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}

public sealed class ListLatestThreadsQueryHandler(IForumDbContext db, IOptions<PagingOptions> paging)
    : IQueryHandler<ListLatestThreadsQuery, PagedList<ThreadSummary>>
{
    public async ValueTask<PagedList<ThreadSummary>> Handle(ListLatestThreadsQuery query, CancellationToken cancellationToken)
    {
        var pageSize = paging.Value.ThreadsPerPage;
        var total = await db.Threads.CountAsync(cancellationToken);
        var items = await db.Threads
            .AsNoTracking()
            .OrderByDescending(t => t.LastActivityAt)
            .ThenByDescending(t => t.Id)
            .Skip((query.Page - 1) * pageSize)
            .Take(pageSize)
            .Select(t => new ThreadSummary(
                t.Id,
                t.Title,
                t.Slug,
                new CategoryRef(t.Category.Slug, t.Category.Name),
                t.Proposal == null ? null : t.Proposal.Code,
                t.Proposal == null ? null : t.Proposal.Status,
                t.Tags,
                new MemberRef(t.Author.UserName, t.Author.DisplayName),
                t.PostCount,
                t.CreatedAt,
                t.LastActivityAt))
            .ToListAsync(cancellationToken);
        return new PagedList<ThreadSummary>(items, query.Page, pageSize, total);
    }
}
