using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Accounts;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Members;

/// <summary>Admin: sets a member's roles (Contributor is always kept). Every change is recorded.</summary>
public sealed record ChangeMemberRolesCommand(string UserName, IReadOnlyList<string> Roles) : ICommand<IReadOnlyList<string>>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ChangeMemberRoles;
}

public sealed class ChangeMemberRolesCommandValidator : AbstractValidator<ChangeMemberRolesCommand>
{
    public ChangeMemberRolesCommandValidator()
    {
        RuleFor(c => c.UserName).ValidUserName();
        RuleFor(c => c.Roles)
            .NotNull().WithMessage("Give the roles the member should have.")
            .Must(roles => roles is null || roles.Count <= MemberRoleNames.All.Count * 2).WithMessage("Too many roles.")
            .Must(roles => roles is null || MemberRoleNames.TryParse(roles, out _, out _))
            .WithMessage(c => $"Unknown role(s): {string.Join(", ", Unknown(c.Roles))}. Roles are {string.Join(", ", MemberRoleNames.All)}.");
    }

    private static IEnumerable<string> Unknown(IReadOnlyList<string>? roles)
    {
        return MemberRoleNames.TryParse(roles ?? [], out _, out var unknown) ? [] : unknown;
    }
}

public sealed class ChangeMemberRolesCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time, IAccountService accounts)
    : ICommandHandler<ChangeMemberRolesCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(ChangeMemberRolesCommand command, CancellationToken cancellationToken)
    {
        var roles = MemberRoleNames.Parse(command.Roles);

        // Two admins demoting each other at once would each count the other as "another admin" and leave none.
        // Reading the admins and saving inside one serializable transaction (BEGIN IMMEDIATE on SQLite) makes the second
        // change wait for the first and then see it: the caller may no longer be an admin, or may be the last one.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var member = await db.Members.SingleOrDefaultAsync(m => m.NormalizedUserName == UserNameRules.Normalize(command.UserName), cancellationToken)
            ?? throw new NotFoundException($"No member is called {command.UserName}.");
        var admin = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var otherAdmins = await db.Members.CountAsync(m => m.Id != member.Id && (m.Roles & MemberRoles.Admin) == MemberRoles.Admin, cancellationToken);

        if (roles.AsHeld() == member.Roles)
        {
            return member.Roles.Names(); // nothing changes, so nothing is recorded
        }

        // The application layer reads roles from the database on every message, so powers change at once. The member's
        // sessions, bearer tokens and refresh tokens end at their next check (Forum:Auth:RevalidateMinutes), as after a
        // password change: nothing issued for the old roles keeps working, and they sign in again to the new ones.
        var before = string.Join(", ", member.Roles.Names());
        var change = member.ChangeRoles(roles, admin, otherAdmins, time.GetUtcNow());
        db.RoleChanges.Add(change);

        // Role changes are moderation too: the public log shows who gave or took which powers.
        Moderation.ModerationLogWriter.Member(db, Domain.Moderation.ModerationAction.ChangeRoles, admin.Id, member, $"Roles {before} → {string.Join(", ", member.Roles.Names())}.", change.ChangedAt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await accounts.EndSessionsAsync(member.Id, cancellationToken);
        return member.Roles.Names();
    }
}
