namespace MipForum.Infrastructure.Seeding;

internal static partial class DemoContent
{
    public static IReadOnlyList<DemoCategory> Categories { get; } =
    [
        new(
            "mips",
            "MIPs",
            "Formal improvement proposals and their discussion: one thread per MIP, component or subproposal."),
        new(
            "general",
            "General",
            "Introductions, forum housekeeping, governance calls and anything that does not fit elsewhere."),
        new(
            "core-units",
            "Core Units",
            "Updates, reports and questions from and about the Core Units and the people who run them."),
    ];
}
