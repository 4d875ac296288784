using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MipForum.Infrastructure.Identity;
using MipForum.Infrastructure.Seeding;

namespace MipForum.Infrastructure.Persistence;

public static class DatabaseInitializer
{
    /// <summary>Applies migrations, switches SQLite to WAL and seeds demo content into an empty database.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<ForumDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while one writer writes; the setting persists in the file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.EnsureKnownHistoryAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        if (provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DemoSettings>>().Value.SeedDemo)
        {
            var seeder = provider.GetRequiredService<DemoSeeder>();
            if (await seeder.SeedIfEmptyAsync(cancellationToken))
            {
                logger.LogInformation("Seeded demo content into an empty database.");
            }
        }

        await provider.GetRequiredService<AdminBootstrapper>().EnsureAdminAsync(cancellationToken);
    }
}
