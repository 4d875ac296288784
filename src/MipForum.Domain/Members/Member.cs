using MipForum.Domain.Common;

namespace MipForum.Domain.Members;

/// <summary>A forum member: the user name @mentions use, a display name and roles. Credentials live with Identity.</summary>
public sealed class Member
{
    public const int DisplayNameMaxLength = 50;

    private Member()
    {
        UserName = string.Empty;
        DisplayName = string.Empty;
    }

    public Member(string userName, string displayName, DateTimeOffset joinedAt)
    {
        UserName = UserNameRules.Validate(userName);
        DisplayName = NormalizeDisplayName(displayName, userName);
        JoinedAt = joinedAt;
        Roles = MemberRoles.Contributor;
    }

    public int Id { get; private set; }

    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public MemberRoles Roles { get; private set; }

    public bool IsAdmin => Roles.HasFlag(MemberRoles.Admin);

    /// <summary>
    /// Changes this member's roles and returns the record of it. Everyone stays a Contributor; an admin cannot
    /// drop their own Admin role (someone else must), and the forum never loses its last admin.
    /// </summary>
    /// <param name="otherAdmins">How many admins there are besides this member.</param>
    public RoleChange ChangeRoles(MemberRoles roles, Member changedBy, int otherAdmins, DateTimeOffset now)
    {
        if (!changedBy.IsAdmin)
        {
            throw new DomainRuleException("Only an admin can change roles.");
        }

        var newRoles = roles | MemberRoles.Contributor;
        var losesAdmin = IsAdmin && !newRoles.HasFlag(MemberRoles.Admin);
        if (losesAdmin && IsSameMember(changedBy))
        {
            throw new DomainRuleException("You cannot remove your own Admin role; ask another admin.");
        }

        if (losesAdmin && otherAdmins == 0)
        {
            throw new DomainRuleException("The forum needs at least one admin.");
        }

        var change = new RoleChange(this, changedBy, Roles, newRoles, now);
        Roles = newRoles;
        return change;
    }

    /// <summary>Grants roles without a recorded change: start-up bootstrap and demo seeding only.</summary>
    public void GrantAtSetup(MemberRoles roles) => Roles |= roles | MemberRoles.Contributor;

    /// <summary>Same member: the same instance, or the same database id once ids are assigned (unsaved members all have 0).</summary>
    public bool Is(Member? other) => other is not null && (ReferenceEquals(this, other) || (Id != 0 && other.Id == Id));

    private bool IsSameMember(Member other) => Is(other);

    private static string NormalizeDisplayName(string displayName, string userName)
    {
        var trimmed = displayName?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return userName;
        }

        if (trimmed.Length > DisplayNameMaxLength || trimmed.Any(char.IsControl))
        {
            throw new DomainRuleException($"A display name has at most {DisplayNameMaxLength} characters and no control characters.");
        }

        return trimmed;
    }
}
