namespace MipForum.Application.Common.Interfaces;

/// <summary>What happened in a thread, as open pages need to know it.</summary>
public sealed record ThreadActivity(int ThreadId, int PostCount, int PostNumber, ThreadActivityKind Kind)
{
    /// <summary>For likes: the post's like count after the change, so open pages update it in place.</summary>
    public int? LikeCount { get; init; }

    /// <summary>For ballots and closes: the poll whose totals changed, so its card redraws.</summary>
    public int? PollId { get; init; }
}

public enum ThreadActivityKind
{
    Replied,
    Edited,
    Withdrawn,
    Liked,
    Unliked,

    /// <summary>A ballot was cast, changed or withdrawn: open pages redraw the poll's live results.</summary>
    Voted,
}

/// <summary>
/// Pushes thread activity to open pages after it is stored. In-process by default; a Redis backplane can replace it
/// when several nodes run. Publishing never fails the command: a page that misses an update still shows it on reload.
/// </summary>
public interface ILiveUpdates
{
    void Publish(ThreadActivity activity);

    IDisposable Subscribe(int threadId, Func<ThreadActivity, Task> onActivity);
}
