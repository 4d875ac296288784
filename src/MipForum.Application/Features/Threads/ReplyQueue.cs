using MipForum.Application.Common.Concurrency;

namespace MipForum.Application.Features.Threads;

/// <summary>
/// Replies to one thread from this process take turns from reading the thread's count to saving the new post, so 32
/// people answering one hot thread at once do not each read the same count and all but one throw their work away (and
/// retry) on every round. Different threads do not wait for each other.
/// </summary>
public sealed class ReplyQueue
{
    private readonly KeyedAsyncLock _threads = new();

    public Task<IDisposable> EnterAsync(int threadId, CancellationToken cancellationToken) => _threads.EnterAsync(threadId, cancellationToken);
}
