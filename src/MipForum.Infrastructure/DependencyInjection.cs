using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Infrastructure.Identity;
using MipForum.Infrastructure.Markdown;
using MipForum.Infrastructure.Persistence;
using MipForum.Infrastructure.Persistence.Sqlite;
using MipForum.Infrastructure.Seeding;

namespace MipForum.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        // SQLite is the only provider today; what is its own (PRAGMAs, ticks, error codes) is registered by SqliteProvider
        // alone, so a second provider adds a sibling instead of undoing SQLite settings (ADR 0016).
        services.AddSqliteServices();

        // Pooled: a context's options (the connection string parsed, its folder checked, the interceptors gathered) are
        // built once instead of per scope. On the signed-in page it measured no change (docs/benchmarks.md, 2026-12-06);
        // it is kept because the health probe and every island's scope lease a context too.
        // The options are built once, when the first context is leased, so hosts and tests can still set the connection
        // string late; a leased context is reset when its scope ends (no tracked rows or open transaction carry over).
        services.AddDbContextPool<ForumDbContext>((provider, options) =>
        {
            var connectionString = ForumDatabase.ResolveConnectionString(provider);
            options.UseForumSqlite(connectionString)
                .AddInterceptors(provider.GetServices<IInterceptor>()) // every registered interceptor: diagnostics and tests add theirs

                // A save that loses a race (a post number or a like taken first, a moved row version) is expected and
                // answered by the command (its retry, or "already done"); EF Core would log each one as an error with its
                // stack, thousands under load. They go to Debug: a failure no command handles still reaches the host's
                // exception handler, which logs it as the error it is.
                .ConfigureWarnings(warnings => warnings.Log(
                    (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                    (RelationalEventId.CommandError, LogLevel.Debug)));
        });
        services.AddScoped<IForumDbContext>(provider => provider.GetRequiredService<ForumDbContext>());

        services.AddCheckedOptions<DemoSettings>(configuration, DemoSettings.SectionName);
        services.AddSingleton<ForumMarkdownRenderer>();
        services.AddScoped<IMarkdownCooker, ForumMarkdownCooker>();
        services.AddSingleton<IDiscourseText, Markdown.Discourse.DiscourseText>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<ILiveUpdates, LiveUpdates.InProcessLiveUpdates>();
        services.AddSingleton<INotificationSignals, LiveUpdates.InProcessNotificationSignals>();
        services.AddSingleton<IInterceptor, LiveUpdates.NotificationSignalInterceptor>();
        services.TryAddSingleton<Caching.IPageCacheEviction, Caching.NoPageCache>(); // the web host adds its output cache after this
        services.AddCheckedOptions<Caching.ThreadPageCacheOptions>(configuration, Caching.ThreadPageCacheOptions.SectionName)
            .InRange("Forum:Caching:ThreadPages", o => o.ThreadPages, 0, 100_000)
            .InRange("Forum:Caching:ThreadPageSeconds", o => o.ThreadPageSeconds, 0, 3_600);
        services.AddSingleton<Caching.ThreadPageCache>();
        services.AddSingleton<IThreadPageCache>(provider => provider.GetRequiredService<Caching.ThreadPageCache>());
        services.AddSingleton<IInterceptor, Caching.PageCacheInterceptor>();
        services.AddForumIdentity(configuration);
        return services;
    }
}
