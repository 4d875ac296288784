using MipForum.Load.Http;
using MipForum.Load.Report;

namespace MipForum.Load.Scenarios;

/// <summary>
/// Scenarios 1–3: read pages under wrk, anonymous and signed in, each run between two runs of the static file so the
/// ratio is taken in the same minute of the same machine.
/// </summary>
public static class ReadScenarios
{
    private sealed record Read(string Scenario, string What, string Path, bool SignedIn, double? MinimumRatio = null, double? MaximumP99 = null);

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(RunContext run, CancellationToken cancellationToken)
    {
        var lastPage = Math.Min(100, (run.Dataset.LongThread.Posts + 19) / 20);
        var reads = new List<Read>();
        foreach (var signedIn in new[] { false, true })
        {
            var scenario = signedIn ? "2 signed-in thread" : "1 anonymous thread";
            double? ratio = signedIn ? 0.15 : 0.5;
            double? p99 = signedIn ? 100 : null;
            reads.Add(new(scenario, $"{run.Dataset.LongThread.Posts:N0}-post thread, page 1", RunContext.ThreadPath(run.Dataset.LongThread), signedIn, ratio, p99));
            reads.Add(new(scenario, $"{run.Dataset.LongThread.Posts:N0}-post thread, page {lastPage}", RunContext.ThreadPath(run.Dataset.LongThread, lastPage), signedIn, ratio, p99));
            reads.Add(new(scenario, $"{run.Dataset.DemoThread.Posts}-post demo thread", RunContext.ThreadPath(run.Dataset.DemoThread), signedIn, ratio, p99));
        }

        reads.Add(new("3 lists and pages", "latest threads `/`", "/", false, 0.5));
        reads.Add(new("3 lists and pages", "proposals list `/proposals`", "/proposals", false));
        reads.Add(new("3 lists and pages", $"proposal page `/proposals/{run.Dataset.ProposalCode}`", $"/proposals/{run.Dataset.ProposalCode}", false, 0.5));
        reads.Add(new("3 lists and pages", "moderation log `/moderation-log`", "/moderation-log", false));
        reads.Add(new("3 lists and pages", $"API thread read `/api/v1/threads/{run.Dataset.DemoThread.Id}`", $"/api/v1/threads/{run.Dataset.DemoThread.Id}", false));

        run.Log.WriteLine("warming up…");
        foreach (var read in reads.Prepend(new Read("", "", RunContext.StaticFile, false)))
        {
            await Wrk.RunAsync(run.Url(read.Path), run.Settings.WarmUp, run.Settings.Connections, await HeadersAsync(run, read, cancellationToken), cancellationToken);
        }

        var rows = new List<ResultRow>();
        var before = await BaselineAsync(run, cancellationToken);
        foreach (var read in reads)
        {
            var result = await Wrk.RunAsync(run.Url(read.Path), run.Settings.ReadDuration, run.Settings.Connections, await HeadersAsync(run, read, cancellationToken), cancellationToken);
            var after = await BaselineAsync(run, cancellationToken);
            var row = new ResultRow(read.Scenario, read.What)
            {
                RequestsPerSecond = result.RequestsPerSecond,
                P50Ms = result.P50Ms,
                P95Ms = result.P95Ms,
                P99Ms = result.P99Ms,
                BaselineRequestsPerSecond = (before.RequestsPerSecond + after.RequestsPerSecond) / 2,
                Sound = result.Clean && before.Clean && after.Clean,
                Note = result.Clean ? $"{result.BytesPerRequest / 1024:N1} KB per answer" : $"{result.StatusErrors} non-2xx/3xx, {result.SocketErrors} socket errors",
            };
            row = Judge(row, read);
            run.Log.WriteLine($"  {row.Scenario}: {row.What}: {row.RequestsPerSecond:N0} req/s, p99 {row.P99Ms:N1} ms, {row.Ratio:N2} of the static file");
            rows.Add(row);
            before = after;
        }

        // Page 100 within 1.2× page 1's latency, anonymous (the median: the tail is noise from the shared cores).
        if (rows.Where(r => r.Scenario == "1 anonymous thread").Take(2).ToList() is [var first, var last])
        {
            rows.Add(new ResultRow(first.Scenario, $"page {lastPage} against page 1 (p50)")
            {
                Value = $"{last.P50Ms / first.P50Ms:N2}×",
                Target = "≤ 1.2×",
                Met = last.P50Ms <= first.P50Ms * 1.2,
            });
        }

        return rows;
    }

    // A browser takes the renewed cookie that the security-stamp check (every Forum:Auth:RevalidateMinutes) sends; wrk
    // cannot, so a cookie older than that would be re-checked against the database on every request of the run. A fresh
    // sign-in before each signed-in run measures what readers' browsers cause: one check a minute each.
    private static async Task<Dictionary<string, string>?> HeadersAsync(RunContext run, Read read, CancellationToken cancellationToken) =>
        read.SignedIn
            ? new() { ["Cookie"] = $"{ForumSession.CookieName}={await ForumSession.SignInCookieAsync(run.Server.Address, run.Dataset.Reader, run.Dataset.Password, cancellationToken)}" }
            : null;

    private static ResultRow Judge(ResultRow row, Read read)
    {
        var targets = new List<string>();
        var met = true;
        if (read.MinimumRatio is { } ratio)
        {
            targets.Add($"≥ {ratio:0.##} of static");
            met &= row.Ratio >= ratio;
        }

        if (read.MaximumP99 is { } p99)
        {
            targets.Add($"p99 < {p99:N0} ms");
            met &= row.P99Ms < p99;
        }

        return targets.Count == 0 ? row : row with { Target = string.Join(", ", targets), Met = met };
    }

    private static Task<WrkResult> BaselineAsync(RunContext run, CancellationToken cancellationToken) =>
        Wrk.RunAsync(run.Url(RunContext.StaticFile), run.Settings.BaselineDuration, run.Settings.Connections, null, cancellationToken);
}
