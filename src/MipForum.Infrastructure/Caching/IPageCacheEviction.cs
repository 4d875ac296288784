namespace MipForum.Infrastructure.Caching;

/// <summary>
/// Drops cached pages whose tags a committed write touched. The web host's output cache implements it; hosts without
/// a page cache (the command line, tests of the application layer) get <see cref="NoPageCache"/>.
/// </summary>
public interface IPageCacheEviction
{
    ValueTask EvictAsync(IReadOnlySet<string> tags, CancellationToken cancellationToken);
}

public sealed class NoPageCache : IPageCacheEviction
{
    public ValueTask EvictAsync(IReadOnlySet<string> tags, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
