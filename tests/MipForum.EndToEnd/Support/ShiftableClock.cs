namespace MipForum.EndToEnd.Support;

/// <summary>
/// The real clock, plus an offset a journey may move forward (a poll's close, five minutes or more away, reached without
/// waiting). Timers stay real, so the background jobs keep ticking and then see the shifted time.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the forum's time forward by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
