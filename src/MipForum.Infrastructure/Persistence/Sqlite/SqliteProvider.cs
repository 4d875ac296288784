using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Everything that is SQLite's own, in one place and registered only for SQLite (ADR "database provider seam"): the
/// connection PRAGMAs, DateTimeOffset as ticks, its migrations folder and what its errors mean. A second provider
/// (PostgreSQL) gets a sibling of this class and its own Migrations/&lt;Provider&gt; folder; the model stays shared.
/// </summary>
internal static class SqliteProvider
{
    public static DbContextOptionsBuilder UseForumSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(ForumDbContext).Assembly.FullName))
            .AddInterceptors(SqlitePragmaInterceptor.Instance);

    public static IServiceCollection AddSqliteServices(this IServiceCollection services) =>
        services.AddSingleton<IDatabaseErrors, SqliteDatabaseErrors>().AddScoped<SqliteBackup>()
            .AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, SqliteWriteGate>() // one writer at a time, queued without blocking threads
            .AddScoped<ISearchIndex, Search.SqliteSearchIndex>().AddScoped<Search.SearchTexts>();

    /// <summary>
    /// Switches the file to WAL before migrating: readers proceed while one writer writes. The setting persists in the
    /// file, so it is made once at start, not per connection.
    /// </summary>
    public static async Task PrepareFileAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static void ApplyConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
}
