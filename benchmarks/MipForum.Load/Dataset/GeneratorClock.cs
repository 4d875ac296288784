namespace MipForum.Load.Dataset;

/// <summary>The generator's "now": moved forward write by write, so two years of forum life are spread over its posts.</summary>
public sealed class GeneratorClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
