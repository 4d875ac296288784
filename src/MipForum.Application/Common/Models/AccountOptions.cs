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

    /// <summary>Compared without case and without '.', '-' and '_', so "Admin_" and "mips-import" are taken as what they pose as.</summary>
    public bool IsReserved(string userName) =>
        ReservedUserNames.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Concat(ForumOwnNames)
            .Select(Squash).Contains(Squash(userName));

    private static string Squash(string name) =>
        string.Concat(name.Trim().Where(c => c is not ('.' or '-' or '_'))).ToLowerInvariant();
}
