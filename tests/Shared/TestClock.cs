namespace MipForum.Tests.Shared;

/// <summary>
/// The one clock every test project uses: it stands still until a test moves it, and may move back, which arranging a
/// history needs ("a thread started three days ago"); FakeTimeProvider refuses to go back, and no test here needs its
/// timers. Compiled into each test project from tests/Shared (tests/Directory.Build.props).
/// </summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
