using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Infrastructure.Caching;

namespace MipForum.Web.Caching;

/// <summary>The shared cache of anonymous pages and API reads (ADR 0026): ASP.NET Core output caching, evicted by tag on commit.</summary>
public static class PageCaching
{
    public static IServiceCollection AddForumPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<PageCacheOptions>(configuration, PageCacheOptions.SectionName)
            .InRange("Forum:Caching:PageSeconds", o => o.PageSeconds, 0, 3_600)
            .InRange("Forum:Caching:SizeLimitMegabytes", o => o.SizeLimitMegabytes, 1, 65_536);
        services.AddOutputCache(options =>
        {
            options.MaximumBodySize = 4 * 1024 * 1024; // a page bigger than this is rendered each time
            options.UseCaseSensitivePaths = true; // /proposals/mip41c5-sp2 is a 404 and a wrongly cased slug a redirect: not the cached page
        });

        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PageCacheOptions>>((cache, page) => cache.SizeLimit = page.Value.SizeLimitMegabytes * 1024L * 1024L);

        // The framework's store, wrapped so that a page rendered from rows older than the last eviction is not stored.
        var framework = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(framework);
        services.AddSingleton(provider => new GatedOutputCacheStore(
            framework.ImplementationFactory is { } factory ? (IOutputCacheStore)factory(provider) : (IOutputCacheStore)framework.ImplementationInstance!,
            provider.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<GatedOutputCacheStore>());
        services.AddSingleton<IPageCacheEviction, OutputCachePageEviction>();
        services.AddSingleton<ForumPagePolicy>();
        services.AddHttpContextAccessor();
        return services;
    }

    /// <summary>Wraps the antiforgery service (after AddRazorComponents registered it) so cached pages set no token cookie.</summary>
    public static IServiceCollection AddCacheableAntiforgery(this IServiceCollection services)
    {
        var framework = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(framework);
        services.AddSingleton<IAntiforgery>(provider => new CacheableAntiforgery(framework.ImplementationType is { } type
            ? (IAntiforgery)ActivatorUtilities.CreateInstance(provider, type)
            : framework.ImplementationFactory is { } factory ? (IAntiforgery)factory(provider) : (IAntiforgery)framework.ImplementationInstance!));
        return services;
    }

    /// <summary>
    /// Lowers how long the page being rendered may be kept, to the moment something on it changes without a write (a
    /// poll opening or closing). Does nothing for answers the page cache does not keep.
    /// </summary>
    public static void KeepAtMostUntil(HttpContext? context, DateTimeOffset change, TimeProvider time)
    {
        if (context?.Features.Get<IOutputCacheFeature>()?.Context is not { } cache || change <= time.GetUtcNow() - TimeSpan.FromSeconds(1))
        {
            return;
        }

        var left = change - time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            cache.AllowCacheStorage = false;
        }
        else if (cache.ResponseExpirationTimeSpan is not { } current || left < current)
        {
            cache.ResponseExpirationTimeSpan = left;
        }
    }

    /// <summary>Every page and API read goes through the policy, which keeps only the anonymous reads it names.</summary>
    public static TBuilder CachedForAnonymousReaders<TBuilder>(this TBuilder endpoints)
        where TBuilder : IEndpointConventionBuilder =>
        endpoints.CacheOutput(builder => builder.AddPolicy<ForumPagePolicy>(), excludeDefaultPolicy: true);
}
