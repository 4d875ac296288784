using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Members;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Members;

/// <summary>Members whose user name starts with what the writer typed after "@" (the composer's autocomplete).</summary>
public sealed record SuggestMembersQuery(string Prefix) : IQuery<IReadOnlyList<MemberRef>>, IRequirePermission
{
    public const int MaxSuggestions = 6;

    public Permission RequiredPermission => Permission.ViewOwnAccount;
}

public sealed class SuggestMembersQueryValidator : AbstractValidator<SuggestMembersQuery>
{
    public SuggestMembersQueryValidator() =>
        RuleFor(q => q.Prefix).Matches("^[A-Za-z0-9_.-]{1,20}$").WithMessage("Type the start of a user name.");
}

public sealed class SuggestMembersQueryHandler(IForumDbContext db) : IQueryHandler<SuggestMembersQuery, IReadOnlyList<MemberRef>>
{
    public async ValueTask<IReadOnlyList<MemberRef>> Handle(SuggestMembersQuery query, CancellationToken cancellationToken)
    {
        // '_' is a LIKE wildcard; escape it so "moshe_" means the underscore.
        var pattern = query.Prefix.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal) + "%";
        return await db.Members.AsNoTracking()
            .Where(m => EF.Functions.Like(m.NormalizedUserName, UserNameRules.Normalize(pattern), "\\"))
            .OrderBy(m => m.NormalizedUserName) // alphabetical whatever the letter case, as the collation used to sort
            .Take(SuggestMembersQuery.MaxSuggestions)
            .Select(m => new MemberRef(m.UserName, m.DisplayName))
            .ToListAsync(cancellationToken);
    }
}
