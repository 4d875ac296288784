namespace MipForum.Infrastructure.Seeding;

internal static partial class DemoContent
{
    // Fictional people. Join dates are chosen so that everyone has joined before their first proposal or post.
    public static IReadOnlyList<DemoMember> Members { get; } =
    [
        new("govalpha", "GovAlpha", 900),
        new("amelie.r", "Amélie Rousseau", 880),
        new("sato-k", "佐藤 健", 870),
        new("moshe_f", "Moshe Feldman", 610),
        new("tkdev", "Tomasz Kędzierski", 450),
        new("lena.v", "Lena Vogt", 300),
        new("funmi.o", "Funmilayo Oyèlárán", 180),
        new("wei_chen", "陈伟 (Wei Chen)", 45),
    ];
}
