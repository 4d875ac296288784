using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Members;

/// <summary>Admin: the log of role changes, newest first; optionally only those of one member.</summary>
public sealed record ListRoleChangesQuery(int Page = 1, string? UserName = null) : IQuery<PagedList<RoleChangeView>>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ViewMembersAdmin;
}

public sealed class ListRoleChangesQueryValidator : AbstractValidator<ListRoleChangesQuery>
{
    public ListRoleChangesQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.UserName).MaximumLength(Domain.Members.UserNameRules.MaxLength);
    }
}

public sealed class ListRoleChangesQueryHandler(IForumDbContext db) : IQueryHandler<ListRoleChangesQuery, PagedList<RoleChangeView>>
{
    private const int PageSize = 25;

    public async ValueTask<PagedList<RoleChangeView>> Handle(ListRoleChangesQuery query, CancellationToken cancellationToken)
    {
        var changes = db.RoleChanges.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            changes = changes.Where(c => c.Member.NormalizedUserName == UserNameRules.Normalize(query.UserName));
        }

        var total = await changes.CountAsync(cancellationToken);
        var rows = await changes
            .OrderByDescending(c => c.ChangedAt)
            .ThenByDescending(c => c.Id)
            .Skip((query.Page - 1) * PageSize)
            .Take(PageSize)
            .Select(c => new { c.Member.UserName, ChangedBy = c.ChangedBy.UserName, c.OldRoles, c.NewRoles, c.ChangedAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(c => new RoleChangeView(c.UserName, c.ChangedBy, c.OldRoles.Names(), c.NewRoles.Names(), c.ChangedAt)).ToList();
        return new PagedList<RoleChangeView>(items, query.Page, PageSize, total);
    }
}
