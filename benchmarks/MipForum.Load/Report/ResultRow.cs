namespace MipForum.Load.Report;

/// <summary>
/// One line of the harness's table. Throughput rows carry the static-file baseline measured around them in the same run
/// (the mean of the runs just before and just after), so a noisy machine moves both.
/// </summary>
public sealed record ResultRow(string Scenario, string What)
{
    public double? RequestsPerSecond { get; init; }

    public double? P50Ms { get; init; }

    public double? P95Ms { get; init; }

    public double? P99Ms { get; init; }

    public double? BaselineRequestsPerSecond { get; init; }

    public double? Ratio => RequestsPerSecond is { } rps && BaselineRequestsPerSecond is { } baseline && baseline > 0 ? rps / baseline : null;

    /// <summary>The value a target is judged on when it is not throughput (KB per page, ms to healthy…), with its unit.</summary>
    public string? Value { get; init; }

    public string Target { get; init; } = "";

    /// <summary>Null when the row has no target.</summary>
    public bool? Met { get; init; }

    /// <summary>Whether the scenario ran as it should (no failed requests, every reply stored exactly once…), target or not.</summary>
    public bool Sound { get; init; } = true;

    public string Note { get; init; } = "";
}
