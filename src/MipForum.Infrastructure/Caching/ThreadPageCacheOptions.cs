namespace MipForum.Infrastructure.Caching;

/// <summary>The cache of thread pages' shared rows (<see cref="ThreadPageCache"/>), from <c>Forum:Caching</c>.</summary>
public sealed class ThreadPageCacheOptions
{
    public const string SectionName = "Forum:Caching";

    /// <summary>How many thread pages' rows are kept at most (the least recently read go first). 0 turns the cache off.</summary>
    public int ThreadPages { get; set; } = 500;

    /// <summary>
    /// How long a page's rows are kept at most. Writes evict at once; this bounds what changes with time alone (a
    /// delegation that ends), as the page cache's PageSeconds does for anonymous pages.
    /// </summary>
    public int ThreadPageSeconds { get; set; } = 60;
}
