using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Members;

/// <summary>Admin: members whose user name or display name contains the term (all members when empty), newest first.</summary>
public sealed record SearchMembersQuery(string? Term, int Page = 1) : IQuery<PagedList<MemberAdminRow>>, IRequirePermission
{
    public const int MaxTermLength = 50;

    public Permission RequiredPermission => Permission.ViewMembersAdmin;
}

public sealed class SearchMembersQueryValidator : AbstractValidator<SearchMembersQuery>
{
    public SearchMembersQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.Term).MaximumLength(SearchMembersQuery.MaxTermLength).WithMessage($"Search for at most {SearchMembersQuery.MaxTermLength} characters.");
    }
}

public sealed class SearchMembersQueryHandler(IForumDbContext db) : IQueryHandler<SearchMembersQuery, PagedList<MemberAdminRow>>
{
    private const int PageSize = 25;

    public async ValueTask<PagedList<MemberAdminRow>> Handle(SearchMembersQuery query, CancellationToken cancellationToken)
    {
        var members = db.Members.AsNoTracking();
        var term = query.Term?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            // LIKE wildcards in the term are matched literally.
            var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            // User names match in their normalized form, so case does not depend on the provider's LIKE.
            var namePattern = UserNameRules.Normalize(pattern);
            members = members.Where(m => EF.Functions.Like(m.NormalizedUserName, namePattern, "\\") || EF.Functions.Like(m.DisplayName, pattern, "\\"));
        }

        var total = await members.CountAsync(cancellationToken);
        var rows = await members
            .OrderByDescending(m => m.JoinedAt)
            .ThenBy(m => m.Id)
            .Skip((query.Page - 1) * PageSize)
            .Take(PageSize)
            .Select(m => new { m.UserName, m.DisplayName, m.Roles, m.JoinedAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(m => new MemberAdminRow(m.UserName, m.DisplayName, m.Roles.Names(), m.JoinedAt)).ToList();
        return new PagedList<MemberAdminRow>(items, query.Page, PageSize, total);
    }
}
