namespace MipForum.Web.Caching;

/// <summary>The shared page cache, from <c>Forum:Caching</c>.</summary>
public sealed class PageCacheOptions
{
    public const string SectionName = "Forum:Caching";

    /// <summary>
    /// How long an anonymous page may be served from the cache at most (writes evict at once; this bounds what no write
    /// changes, such as "3 minutes ago"). 0 turns the page cache off.
    /// </summary>
    public int PageSeconds { get; set; } = 60;

    /// <summary>The memory the cached answers may take, in megabytes.</summary>
    public int SizeLimitMegabytes { get; set; } = 256;
}
