using MipForum.Infrastructure.Caching;

namespace MipForum.Web.Caching;

/// <summary>Evictions of the persistence layer (<see cref="PageCacheInterceptor"/>) applied to the output cache.</summary>
public sealed class OutputCachePageEviction(GatedOutputCacheStore store) : IPageCacheEviction
{
    public ValueTask EvictAsync(IReadOnlySet<string> tags, CancellationToken cancellationToken) =>
        store.EvictAsync(tags.Contains(PageCacheTags.Everything) ? [PageCacheTags.Everything] : tags, cancellationToken);
}
