using Microsoft.Extensions.Configuration;

namespace MipForum.Infrastructure.Seeding;

/// <summary>
/// Whether the demo (content and its published-password accounts) is on: only when <c>Forum:SeedDemo</c> says so.
/// appsettings.Development.json turns it on for <c>dotnet run</c>; unset, it is off, so a deployment that forgets
/// the setting has no moderator and facilitator accounts with a password from the README.
/// </summary>
public static class DemoSettings
{
    public static bool IsOn(IConfiguration configuration) => configuration.GetValue("Forum:SeedDemo", defaultValue: false);
}
