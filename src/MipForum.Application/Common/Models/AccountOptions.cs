namespace MipForum.Application.Common.Models;

/// <summary>Account rules bound from <c>Forum:Accounts</c>; Identity's options are set from the same values.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Forum:Accounts";

    public int PasswordMinLength { get; set; } = 10;

    public int PasswordMaxLength { get; set; } = 128;

    /// <summary>
    /// User names nobody may register, compared without regard to case, comma-separated: Discourse's reserved names and
    /// the forum's own words, so that no one can pass for the staff or the importer. The operator's configured admin may use one.
    /// </summary>
    public string ReservedUserNames { get; set; } =
        "admin, administrator, moderator, mod, sys, system, staff, support, community, info, you, name, username, user, nickname, mips, mips.import, mipforum";

    /// <summary>The forum's own names stay reserved whatever the setting says: "mips.import" is the importer of record.</summary>
    private static readonly string[] ForumOwnNames = ["mips", "mips.import", "mipforum"];

    /// <summary>
    /// Compared by what the names look like (<see cref="Domain.Members.UserNameRules.Skeleton"/>: without case, '.', '-'
    /// and '_', with i, l and 1 alike and 0 as o), so "Admin_", "adm1n" and "mips-import" are taken as what they pose as.
    /// </summary>
    public bool IsReserved(string userName) =>
        ReservedUserNames.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Concat(ForumOwnNames)
            .Select(Domain.Members.UserNameRules.Skeleton).Contains(Domain.Members.UserNameRules.Skeleton(userName));
}
