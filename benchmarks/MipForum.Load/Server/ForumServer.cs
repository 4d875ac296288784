using System.Diagnostics;

namespace MipForum.Load.Server;

/// <summary>
/// The published forum as its own process on loopback, in Production, on a copy of the dataset, with the rate limits
/// raised so the scenarios measure the forum rather than its brakes. Start-up is timed from process start to the first
/// 200 on /healthz.
/// </summary>
public sealed class ForumServer : IAsyncDisposable
{
    private readonly Process _process;

    private ForumServer(Process process, Uri address, TimeSpan startUp)
    {
        _process = process;
        Address = address;
        StartUp = startUp;
    }

    public Uri Address { get; }

    public TimeSpan StartUp { get; }

    public int ProcessId => _process.Id;

    public static async Task<ForumServer> StartAsync(string app, string database, int port, string logFile, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(app, "MipForum.Web.dll")])
        {
            WorkingDirectory = app,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in Environment(address, database))
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = File.AppendText(logFile);
        process.OutputDataReceived += (_, line) => { if (line.Data is { } text) { lock (output) { output.WriteLine(text); } } };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { } text) { lock (output) { output.WriteLine(text); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The forum exited with {process.ExitCode} while starting; see {logFile}.");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri(address, "/healthz"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return new ForumServer(process, address, watch.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // a probe timed out while the forum was busy starting
            }

            await Task.Delay(10, cancellationToken);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"The forum did not answer /healthz within 120 s; see {logFile}.");
    }

    private static Dictionary<string, string> Environment(Uri address, string database) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = address.ToString(),
        ["ConnectionStrings__Forum"] = $"Data Source={database}",
        ["Forum__SeedDemo"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Forum__RateLimits__WritesPerUser__PermitLimit"] = "1000000",
        ["Forum__RateLimits__WritesPerIp__PermitLimit"] = "1000000",
        ["Forum__RateLimits__Commands__PermitLimit"] = "1000000",
        ["Forum__RateLimits__Auth__PermitLimit"] = "100000",
        ["Forum__RateLimits__Search__PermitLimit"] = "1000000",
        ["Forum__Moderation__NewAccountPostsPerDay"] = "1000000",
        ["Forum__Moderation__NewAccountPostsWithoutLinks"] = "0",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    /// <summary>Resident memory of the server process (VmRSS), in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
