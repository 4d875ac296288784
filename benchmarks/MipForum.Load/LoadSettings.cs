namespace MipForum.Load;

/// <summary>How big the dataset is and how long each scenario runs: the full run of issue 15, or the CI smoke run.</summary>
public sealed record LoadSettings
{
    public required string Name { get; init; }

    public int Members { get; init; }

    public int Threads { get; init; }

    /// <summary>Posts in all, first posts included (the demo's and the long thread's count towards it).</summary>
    public int Posts { get; init; }

    public int LongThreadPosts { get; init; }

    public int Proposals { get; init; }

    /// <summary>Likes given in all, spread over posts with a skew (a few posts draw most).</summary>
    public int Likes { get; init; }

    public int ModerationActions { get; init; }

    public TimeSpan ReadDuration { get; init; }

    public TimeSpan BaselineDuration { get; init; }

    public TimeSpan WarmUp { get; init; }

    public int Connections { get; init; } = 64;

    public int Writers { get; init; } = 32;

    public TimeSpan WriteDuration { get; init; }

    /// <summary>Writes to a thread of their own before the measured run, so it starts with the write path compiled.</summary>
    public TimeSpan WriteWarmUp { get; init; }

    public int LiveSamples { get; init; }

    public int OpenPages { get; init; }

    public int StartUps { get; init; }

    public static LoadSettings Full { get; } = new()
    {
        Name = "full",
        Members = 5_000,
        Threads = 2_000,
        Posts = 100_000,
        LongThreadPosts = 2_000,
        Proposals = 200,
        Likes = 60_000,
        ModerationActions = 400,
        ReadDuration = TimeSpan.FromSeconds(10),
        BaselineDuration = TimeSpan.FromSeconds(5),
        WarmUp = TimeSpan.FromSeconds(3),
        WriteDuration = TimeSpan.FromSeconds(20),
        WriteWarmUp = TimeSpan.FromSeconds(10),
        LiveSamples = 50,
        OpenPages = 100,
        StartUps = 3,
    };

    /// <summary>A few seconds per scenario on a tiny dataset: proves in CI that every scenario still runs end to end.</summary>
    public static LoadSettings Smoke { get; } = new()
    {
        Name = "smoke",
        Members = 40,
        Threads = 12,
        Posts = 400,
        LongThreadPosts = 120,
        Proposals = 12,
        Likes = 200,
        ModerationActions = 10,
        ReadDuration = TimeSpan.FromSeconds(1),
        BaselineDuration = TimeSpan.FromSeconds(1),
        WarmUp = TimeSpan.FromSeconds(1),
        Connections = 8,
        Writers = 8,
        WriteDuration = TimeSpan.FromSeconds(2),
        WriteWarmUp = TimeSpan.FromSeconds(1),
        LiveSamples = 3,
        OpenPages = 10,
        StartUps = 1,
    };
}
