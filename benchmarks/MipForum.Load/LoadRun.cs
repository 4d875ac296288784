using MipForum.Load.Dataset;
using MipForum.Load.Http;
using MipForum.Load.Report;
using MipForum.Load.Scenarios;
using MipForum.Load.Server;

namespace MipForum.Load;

/// <summary>What one run is asked to do.</summary>
/// <param name="App">The published forum (dotnet publish src/MipForum.Web -c Release -o DIR).</param>
/// <param name="Dataset">A database to reuse, or where to keep the generated one; null generates into the work folder.</param>
public sealed record LoadRunOptions(LoadSettings Settings, string App, string? Dataset, string WorkFolder, int Port, IReadOnlySet<string> Scenarios)
{
    public static readonly IReadOnlySet<string> All = new HashSet<string> { "reads", "writes", "live", "memory", "startup" };
}

/// <summary>A run's rows, with what it ran on.</summary>
public sealed record LoadReport(LoadSettings Settings, DatasetManifest Dataset, IReadOnlyList<ResultRow> Rows)
{
    public bool Sound => Rows.All(r => r.Sound);
}

/// <summary>The harness: the dataset (generated or reused), the forum started on a copy of it, then each scenario in turn.</summary>
public static class LoadRun
{
    public static async Task<LoadReport> RunAsync(LoadRunOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.WorkFolder);
        var dataset = options.Dataset ?? Path.Combine(options.WorkFolder, "dataset.db");
        var manifest = await DatasetManifest.LoadAsync(dataset);
        if (manifest is null || !File.Exists(dataset) || manifest.Settings != options.Settings.Name)
        {
            DeleteDatabase(dataset);
            log.WriteLine($"generating the {options.Settings.Name} dataset into {dataset}…");
            manifest = await new DatasetGenerator(options.Settings, log).GenerateAsync(dataset, cancellationToken);
        }
        else
        {
            log.WriteLine($"reusing the {manifest.Settings} dataset at {dataset} ({manifest.Posts:N0} posts)");
        }

        // The scenarios write; the kept dataset stays as generated.
        var database = Path.Combine(options.WorkFolder, "forum.db");
        DeleteDatabase(database);
        File.Copy(dataset, database);
        var serverLog = Path.Combine(options.WorkFolder, "server.log");
        var rows = new List<ResultRow>();
        var firstStart = TimeSpan.Zero;
        await using (var server = await ForumServer.StartAsync(options.App, database, options.Port, serverLog, cancellationToken))
        {
            firstStart = server.StartUp;
            log.WriteLine($"forum up at {server.Address} in {server.StartUp.TotalMilliseconds:N0} ms");
            var cookie = await ForumSession.SignInCookieAsync(server.Address, manifest.Reader, manifest.Password, cancellationToken);
            var run = new RunContext(server, manifest, options.Settings, database, cookie, log);
            if (options.Scenarios.Contains("reads"))
            {
                rows.AddRange(await ReadScenarios.RunAsync(run, cancellationToken));
            }

            if (options.Scenarios.Contains("writes"))
            {
                rows.AddRange(await WriteScenario.RunAsync(run, cancellationToken));
            }

            if (options.Scenarios.Contains("live"))
            {
                rows.AddRange(await LiveUpdateScenario.RunAsync(run, cancellationToken));
            }

            if (options.Scenarios.Contains("memory"))
            {
                rows.AddRange(await CircuitMemoryScenario.RunAsync(run, options.WorkFolder, cancellationToken));
            }
        }

        if (options.Scenarios.Contains("startup"))
        {
            rows.Add(await StartUpAsync(options, database, serverLog, firstStart, manifest, log, cancellationToken));
        }

        return new LoadReport(options.Settings, manifest, rows);
    }

    // Scenario 7: the forum started again on the same database, the median of a few starts (the first run's start is shown too).
    private static async Task<ResultRow> StartUpAsync(LoadRunOptions options, string database, string serverLog, TimeSpan firstStart, DatasetManifest manifest, TextWriter log, CancellationToken cancellationToken)
    {
        var starts = new List<double>();
        for (var i = 0; i < options.Settings.StartUps; i++)
        {
            await using var server = await ForumServer.StartAsync(options.App, database, options.Port, serverLog, cancellationToken);
            starts.Add(server.StartUp.TotalMilliseconds);
        }

        starts.Sort();
        var median = starts[starts.Count / 2];
        log.WriteLine($"  start-up: {string.Join(", ", starts.Select(s => $"{s:N0} ms"))}");
        return new ResultRow("7 start-up", $"process start → first 200 on /healthz, {manifest.Posts:N0}-post database")
        {
            Value = $"{median:N0} ms",
            Target = "< 2 s",
            Met = median < 2_000,
            Note = $"median of {starts.Count} starts ({string.Join(", ", starts.Select(s => $"{s:N0}"))} ms); the run's first start {firstStart.TotalMilliseconds:N0} ms",
        };
    }

    private static void DeleteDatabase(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", ".in-use" })
        {
            File.Delete(path + suffix);
        }
    }
}
