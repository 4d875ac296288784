using MipForum.Domain.Members;

namespace MipForum.Infrastructure.Seeding;

internal static partial class DemoContent
{
    /// <summary>
    /// Every demo member signs in with this password, and only while Forum:SeedDemo is on (README documents it).
    /// No demo member is an admin: the admin account exists only when configured.
    /// </summary>
    public const string DemoPassword = "mipforum-demo";

    // Fictional people. Join dates are chosen so that everyone has joined before their first proposal or post.
    public static IReadOnlyList<DemoMember> Members { get; } =
    [
        new("govalpha", "GovAlpha", 900, MemberRoles.Facilitator),
        new("amelie.r", "Amélie Rousseau", 880, MemberRoles.Facilitator),
        new("sato-k", "佐藤 健", 870, MemberRoles.Facilitator),
        new("moshe_f", "Moshe Feldman", 610, MemberRoles.Facilitator),
        new("tkdev", "Tomasz Kędzierski", 450),
        new("lena.v", "Lena Vogt", 300, MemberRoles.Moderator),
        new("funmi.o", "Funmilayo Oyèlárán", 180),
        new("wei_chen", "陈伟 (Wei Chen)", 45),
    ];
}
