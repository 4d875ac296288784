using Microsoft.AspNetCore.OutputCaching;

namespace MipForum.Web.Caching;

/// <summary>
/// The output cache's store with one rule added: an answer is stored only if no eviction happened since its request
/// began. A page that read the rows before a write committed and finished after its eviction would otherwise be stored
/// stale and served until it expired. Stores and evictions take turns (one gate), so the check and the store are one step.
/// </summary>
public sealed class GatedOutputCacheStore(IOutputCacheStore inner, IHttpContextAccessor requests) : IOutputCacheStore
{
    private const string GenerationKey = "mipforum.page-cache.generation";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _generation;

    /// <summary>Called by the page policy when a cacheable request begins.</summary>
    public void BeginRequest(HttpContext context) => context.Items[GenerationKey] = Interlocked.Read(ref _generation);

    /// <summary>Whether the page policy chose to cache this request's answer (an anonymous read it names).</summary>
    public static bool IsCacheable(HttpContext context) => context.Items.ContainsKey(GenerationKey);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => await EvictAsync([tag], cancellationToken);

    public async ValueTask EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(CancellationToken.None); // an eviction is never skipped, even for a cancelled request
        try
        {
            Interlocked.Increment(ref _generation);
            foreach (var tag in tags)
            {
                await inner.EvictByTagAsync(tag, CancellationToken.None);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (requests.HttpContext?.Items[GenerationKey] is not long began)
        {
            return; // not begun through the page policy: nothing to check it against
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (began == Interlocked.Read(ref _generation))
            {
                await inner.SetAsync(key, value, tags, validFor, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
