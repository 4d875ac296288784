using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MipForum.Infrastructure.Caching;

namespace MipForum.Web.Caching;

/// <summary>
/// Which answers the shared page cache keeps (ADR 0026): anonymous GET and HEAD requests for the read pages and API reads
/// named in <see cref="Cached"/>, and nothing else. A signed-in request (cookie or bearer token), any other method and any
/// other page bypass it both ways: never served from it, never stored in it. Each stored answer is tagged with what
/// evicts it (<see cref="PageCacheTags"/>).
/// </summary>
public sealed class ForumPagePolicy(IOptionsMonitor<PageCacheOptions> options, GatedOutputCacheStore store) : IOutputCachePolicy
{
    /// <summary>Route patterns whose anonymous answers are the same for every anonymous reader, and the route value naming a thread.</summary>
    private static readonly Dictionary<string, string?> Cached = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/"] = null,
        ["/t/{Slug}/{Id:int}"] = "Id",
        ["/proposals"] = null,
        ["/proposals/{Code}"] = null,
        ["/moderation-log"] = null,
        ["/u/{UserName}"] = null,
        ["/polls"] = null,
        ["/polls/{Id:int}"] = null,
        ["/api/v1/threads"] = null,
        ["/api/v1/threads/{id:int}"] = "id",
        ["/api/v1/proposals"] = null,
        ["/api/v1/proposals/{code}"] = null,
        ["/api/v1/moderation-log"] = null,
    };

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var pattern = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        var attempt = options.CurrentValue.PageSeconds > 0
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && pattern is not null && Cached.TryGetValue(pattern, out _);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        // No request coalescing: a request that arrived after a write's eviction must not be handed the answer of one that
        // began rendering before it (the gated store refuses to store such an answer, but locking would still share it).
        context.AllowLocking = false;
        if (!attempt)
        {
            return ValueTask.CompletedTask;
        }

        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.CurrentValue.PageSeconds);
        context.CacheVaryByRules.QueryKeys = "*"; // ?page=2 is another page
        context.Tags.Add(PageCacheTags.Everything);
        if (Cached[pattern!] is { } threadKey && int.TryParse(http.Request.RouteValues[threadKey]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var thread))
        {
            context.Tags.Add(PageCacheTags.Thread(thread));
            context.Tags.Add(PageCacheTags.Threads);
        }
        else
        {
            context.Tags.Add(PageCacheTags.Lists);
        }

        store.BeginRequest(http);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (!context.AllowCacheStorage)
        {
            return ValueTask.CompletedTask;
        }

        if (response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

        // A cookie makes an answer personal (CacheableAntiforgery keeps Blazor's token cookie off these pages).
        if (response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
