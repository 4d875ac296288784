namespace MipForum.Domain.Members;

public static class MemberRoleNames
{
    /// <summary>Every role, in display order.</summary>
    public static readonly IReadOnlyList<MemberRoles> All =
        [MemberRoles.Contributor, MemberRoles.Facilitator, MemberRoles.Moderator, MemberRoles.Admin];

    /// <summary>Moderators and admins: the members whose posts flags never hide and only an admin judges.</summary>
    public static bool IsStaff(this MemberRoles roles) => (roles & (MemberRoles.Moderator | MemberRoles.Admin)) != MemberRoles.None;

    /// <summary>The single roles a set contains, in display order ("Contributor", "Moderator").</summary>
    public static IReadOnlyList<string> Names(this MemberRoles roles) =>
        All.Where(r => roles.HasFlag(r)).Select(r => r.ToString()).ToList();

    /// <summary>Parses role names that have been validated; throws on an unknown name.</summary>
    public static MemberRoles Parse(IEnumerable<string> names) =>
        TryParse(names, out var roles, out var unknown)
            ? roles
            : throw new ArgumentException($"Unknown role(s): {string.Join(", ", unknown)}", nameof(names));

    /// <summary>Parses role names case-insensitively; unknown names are reported, never ignored.</summary>
    public static bool TryParse(IEnumerable<string> names, out MemberRoles roles, out IReadOnlyList<string> unknown)
    {
        roles = MemberRoles.None;
        var bad = new List<string>();
        foreach (var name in names)
        {
            var match = All.FirstOrDefault(r => string.Equals(r.ToString(), name?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match == MemberRoles.None)
            {
                bad.Add(name ?? string.Empty);
            }
            else
            {
                roles |= match;
            }
        }

        unknown = bad;
        return bad.Count == 0;
    }
}
