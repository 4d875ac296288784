namespace MipForum.Application.Common.Interfaces;

/// <summary>
/// A thread page's rows as every reader shares them (posts, cooked text, likers, replies, proposal events), kept between
/// requests and dropped by the writes that change them, so a signed-in reader's page costs only their personal rows.
/// The infrastructure's cache evicts with the page cache's tags (ADR 0027); without it every read loads.
/// </summary>
public interface IThreadPageCache
{
    /// <summary>The kept rows of page <paramref name="page"/> of the thread, or what <paramref name="load"/> reads (kept unless a write was evicted meanwhile).</summary>
    ValueTask<T?> GetOrLoadAsync<T>(int threadId, int page, Func<CancellationToken, Task<T?>> load, CancellationToken cancellationToken)
        where T : class, IKeptRows;
}

/// <summary>Rows a cache may keep, and the moment they change without any write (a delegation that ends), if any.</summary>
public interface IKeptRows
{
    DateTimeOffset? ChangesAt { get; }
}

/// <summary>No cache: hosts and tests of the application layer alone read every time.</summary>
public sealed class NoThreadPageCache : IThreadPageCache
{
    public async ValueTask<T?> GetOrLoadAsync<T>(int threadId, int page, Func<CancellationToken, Task<T?>> load, CancellationToken cancellationToken)
        where T : class, IKeptRows => await load(cancellationToken);
}
