using Microsoft.Extensions.Options;
using MipForum.Infrastructure.Identity;
using MipForum.Infrastructure.Persistence;
using MipForum.Infrastructure.Seeding;

namespace MipForum.Web.Composition;

/// <summary>
/// What the host does before it serves or runs a command, in this order: migrate the database, seed the demo into an
/// empty one when <c>Forum:SeedDemo</c> is on, and make sure the configured admin exists. The order is the host's
/// decision (the admin bootstrap needs the schema; the demo is seeded only into an empty forum, before an admin posts
/// anything), so it lives here and Infrastructure only provides the steps.
/// </summary>
public static partial class StartupWork
{
    public static async Task RunStartupWorkAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupWork));

        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);

        if (provider.GetRequiredService<IOptions<DemoSettings>>().Value.SeedDemo
            && await provider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken))
        {
            LogSeeded(logger);
        }

        await provider.GetRequiredService<AdminBootstrapper>().EnsureAdminAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo content into an empty database.")]
    private static partial void LogSeeded(ILogger logger);
}
