using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Identity;

/// <summary>
/// The keys that protect sign-in cookies and bearer tokens belong to this deployment. With the defaults, every app on a
/// host shares one key ring (~/.aspnet/DataProtection-Keys), and a token proves only a member id: a contributor's token
/// from one forum acted as the admin with the same id on another. The app has its own name, and its keys live beside its
/// SQLite file (<c>App_Data/mipforum-keys/</c>), so they are per deployment and survive restarts. Several nodes will
/// move them to Redis.
/// </summary>
internal static class ForumDataProtection
{
    public const string ApplicationName = "MipForum";

    public static IServiceCollection AddForumDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            if (KeyFolder(provider) is { } folder)
            {
                options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), provider.GetRequiredService<ILoggerFactory>());
            }
        });
        return services;
    }

    /// <summary>The folder beside the database file; none for an in-memory database (its keys die with it anyway).</summary>
    public static string? KeyFolder(IServiceProvider provider)
    {
        var database = new SqliteConnectionStringBuilder(ForumDatabase.ResolveConnectionString(provider)).DataSource;
        return Path.IsPathRooted(database)
            ? Path.Combine(Path.GetDirectoryName(database)!, Path.GetFileNameWithoutExtension(database) + "-keys")
            : null;
    }
}
