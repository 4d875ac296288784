namespace MipForum.Infrastructure.Seeding;

/// <summary>
/// Whether the demo (content and its published-password accounts) is on: only when <c>Forum:SeedDemo</c> says so.
/// appsettings.Development.json turns it on for <c>dotnet run</c>; unset, it is off, so a deployment that forgets
/// the setting has no moderator and facilitator accounts with a password from the README. Bound from the
/// <c>Forum</c> section: a value that is not true or false stops the start naming the key.
/// </summary>
public sealed class DemoSettings
{
    public const string SectionName = "Forum";

    public bool SeedDemo { get; set; }
}
