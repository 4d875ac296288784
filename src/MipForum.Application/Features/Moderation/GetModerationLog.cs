using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Moderation;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Moderation;

/// <summary>A line of the public log; <see cref="Moderator"/> is null when the forum acted by itself (enough flags).</summary>
public sealed record ModerationLogView(long Id, ModerationAction Action, MemberRef? Moderator, ModerationTarget TargetKind, int TargetId, string Target, string Reason, DateTimeOffset At);

/// <summary>The public moderation log, newest first: anyone can see what was done, why and by whom.</summary>
public sealed record GetModerationLogQuery(int Page = 1) : IQuery<PagedList<ModerationLogView>>;

public sealed class GetModerationLogQueryValidator : AbstractValidator<GetModerationLogQuery>
{
    public GetModerationLogQueryValidator() => RuleFor(q => q.Page).ValidPage();
}

public sealed class GetModerationLogQueryHandler(IForumDbContext db, IOptions<PagingOptions> paging) : IQueryHandler<GetModerationLogQuery, PagedList<ModerationLogView>>
{
    public async ValueTask<PagedList<ModerationLogView>> Handle(GetModerationLogQuery query, CancellationToken cancellationToken)
    {
        var pageSize = paging.Value.ThreadsPerPage;
        var total = await db.ModerationLog.CountAsync(cancellationToken);
        var items = await db.ModerationLog.AsNoTracking()
            .OrderByDescending(e => e.Id)
            .Skip((query.Page - 1) * pageSize)
            .Take(pageSize)
            .Select(e => new ModerationLogView(
                e.Id,
                e.Action,
                e.ModeratorId == null ? null : db.Members.Where(m => m.Id == e.ModeratorId).Select(m => new MemberRef(m.UserName, m.DisplayName)).First(),
                e.TargetKind,
                e.TargetId,
                e.TargetLabel,
                e.Reason,
                e.At))
            .ToListAsync(cancellationToken);
        return new PagedList<ModerationLogView>(items, query.Page, pageSize, total);
    }
}
