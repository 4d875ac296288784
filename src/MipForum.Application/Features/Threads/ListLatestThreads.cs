using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Proposals;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Threads;

public enum ThreadSort
{
    Latest = 0,
    Created = 1,
}

/// <summary>
/// Threads with the most recent activity first (Discourse's "Latest") or newest first, optionally only one category,
/// one tag, or threads about proposals in one status.
/// </summary>
public sealed record ListLatestThreadsQuery(int Page = 1, string? Category = null, string? Tag = null, ProposalStatus? ProposalStatus = null, ThreadSort Sort = ThreadSort.Latest)
    : IQuery<PagedList<ThreadSummary>>;

public sealed class ListLatestThreadsQueryValidator : AbstractValidator<ListLatestThreadsQuery>
{
    public ListLatestThreadsQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.Category).Must(c => c is null || Slugs.IsSlug(c)).WithMessage("Not a category.");
        RuleFor(q => q.Tag).Must(t => t is null || ThreadTags.IsTag(t)).WithMessage("Not a tag.");
        RuleFor(q => q.ProposalStatus).IsInEnum();
        RuleFor(q => q.Sort).IsInEnum();
    }
}

public sealed class ListLatestThreadsQueryHandler(IForumDbContext db, IOptions<PagingOptions> paging)
    : IQueryHandler<ListLatestThreadsQuery, PagedList<ThreadSummary>>
{
    public async ValueTask<PagedList<ThreadSummary>> Handle(ListLatestThreadsQuery query, CancellationToken cancellationToken)
    {
        var pageSize = paging.Value.ThreadsPerPage;
        var threads = db.Threads.AsNoTracking();
        if (query.Category is { } category)
        {
            threads = threads.Where(t => t.Category.Slug == category);
        }

        if (query.Tag is { } tag)
        {
            threads = threads.Where(t => t.Tags.Contains(tag));
        }

        if (query.ProposalStatus is { } status)
        {
            threads = threads.Where(t => t.Proposal != null && t.Proposal.Status == status);
        }

        var total = await threads.CountAsync(cancellationToken);
        // Pinned threads first (a moderator pinned them for everyone), then the chosen order.
        var pinnedFirst = threads.OrderByDescending(t => t.IsPinned);
        var ordered = query.Sort == ThreadSort.Created
            ? pinnedFirst.ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            : pinnedFirst.ThenByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id);
        var items = await ordered
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
                t.LastActivityAt)
            {
                IsPinned = t.IsPinned,
                IsLocked = t.IsLocked,
            })
            .ToListAsync(cancellationToken);
        return new PagedList<ThreadSummary>(items, query.Page, pageSize, total);
    }
}
