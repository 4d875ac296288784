namespace MipForum.Domain.Members;

public static class MemberRoleNames
{
    /// <summary>Every role, in display order.</summary>
    public static readonly IReadOnlyList<MemberRoles> All =
        [MemberRoles.Contributor, MemberRoles.Facilitator, MemberRoles.Moderator, MemberRoles.Admin];

    /// <summary>
    /// Staff: moderators and admins. They review flags and act on posts, threads and members; flags never hide their
    /// posts and only an admin judges those; slow mode does not hold them back. The one definition: the permission
    /// matrix, queries (a constant EF Core translates) and <see cref="Member.IsStaff"/> all use it.
    /// </summary>
    public const MemberRoles Staff = MemberRoles.Moderator | MemberRoles.Admin;

    /// <summary>Whether these roles include a <see cref="Staff"/> role.</summary>
    public static bool IsStaff(this MemberRoles roles) => (roles & Staff) != MemberRoles.None;

    /// <summary>
    /// The roles a member holds when given <paramref name="roles"/>: every member is a Contributor, whatever was asked
    /// for. The one place that says so (role changes, set-up grants, "nothing changes" checks, the admin page).
    /// </summary>
    public static MemberRoles AsHeld(this MemberRoles roles) => roles | MemberRoles.Contributor;

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
