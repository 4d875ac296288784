using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Members;

/// <summary>The caller's own account: who the API thinks you are.</summary>
public sealed record GetCurrentMemberQuery : IQuery<CurrentMember>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ViewOwnAccount;
}

public sealed class GetCurrentMemberQueryHandler(IForumDbContext db, ICurrentUser currentUser, IAccountService accounts)
    : IQueryHandler<GetCurrentMemberQuery, CurrentMember>
{
    public async ValueTask<CurrentMember> Handle(GetCurrentMemberQuery query, CancellationToken cancellationToken)
    {
        var id = currentUser.MemberId ?? throw new NotSignedInException();
        var member = await db.Members.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new { m.Id, m.UserName, m.DisplayName, m.Roles, m.JoinedAt })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotSignedInException();
        var email = await accounts.GetEmailAsync(id, cancellationToken);
        return new CurrentMember(member.Id, member.UserName, member.DisplayName, email, member.Roles.Names(), member.JoinedAt);
    }
}
