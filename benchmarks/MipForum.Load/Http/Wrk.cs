using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace MipForum.Load.Http;

/// <summary>One wrk run's figures: throughput, latency percentiles and anything that was not a 2xx/3xx answer.</summary>
public sealed record WrkResult(double RequestsPerSecond, long Requests, double P50Ms, double P95Ms, double P99Ms, long StatusErrors, long SocketErrors, double BytesPerRequest)
{
    public bool Clean => Requests > 0 && StatusErrors == 0 && SocketErrors == 0;
}

/// <summary>Drives wrk (Debian's package): two threads, N connections, a fixed time, optional headers (a session cookie).</summary>
public static partial class Wrk
{
    private static readonly Lazy<string> Script = new(() => Extract("reads", "percentiles.lua"));

    /// <summary>The writers' script (replies.lua) after the percentiles: wrk takes one script.</summary>
    private static readonly Lazy<string> RepliesScript = new(() => Extract("replies", "percentiles.lua", "replies.lua"));

    public static Task<WrkResult> RunAsync(Uri url, TimeSpan duration, int connections, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken) =>
        RunAsync(url, duration, connections, headers, Script.Value, new Dictionary<string, string>(), cancellationToken);

    /// <summary>Replies posted by wrk (scenario 4): replies.lua reads its thread, tokens, key prefix and where to write acknowledgements from <c>environment</c>.</summary>
    public static Task<WrkResult> PostRepliesAsync(Uri server, TimeSpan duration, int connections, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken) =>
        RunAsync(server, duration, connections, null, RepliesScript.Value, environment, cancellationToken);

    private static string Extract(string name, params string[] resources)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mipforum-load-{Environment.ProcessId}-{name}.lua");
        using var file = File.Create(path);
        foreach (var resource in resources)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)!;
            stream.CopyTo(file);
            file.WriteByte((byte)'\n');
        }

        return path;
    }

    private static async Task<WrkResult> RunAsync(Uri url, TimeSpan duration, int connections, IReadOnlyDictionary<string, string>? headers, string script,
        IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var arguments = new List<string> { "-t2", $"-c{connections}", $"-d{Math.Max(1, (int)duration.TotalSeconds)}s", "--timeout", "10s", "-s", script };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            arguments.Add("-H");
            arguments.Add($"{name}: {value}");
        }

        arguments.Add(url.ToString());
        var start = new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var match = ResultLine().Match(output);
        if (process.ExitCode != 0 || !match.Success)
        {
            throw new InvalidOperationException($"wrk failed on {url}: {output}{error}");
        }

        double Value(string name) => double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        var requests = (long)Value("requests");
        return new WrkResult(requests / (Value("duration") / 1e6), requests, Value("p50") / 1000, Value("p95") / 1000, Value("p99") / 1000,
            (long)Value("status"), (long)Value("socket"), requests == 0 ? 0 : Value("bytes") / requests);
    }

    [GeneratedRegex(@"RESULT requests=(?<requests>\d+) duration_us=(?<duration>\d+) bytes=(?<bytes>\d+) p50_us=(?<p50>\d+) p95_us=(?<p95>\d+) p99_us=(?<p99>\d+) status_errors=(?<status>\d+) socket_errors=(?<socket>\d+)")]
    private static partial Regex ResultLine();
}
