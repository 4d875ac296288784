using System.Globalization;
using System.Text;

namespace MipForum.Load.Report;

/// <summary>The run as a markdown table (printed, and appended to docs/benchmarks.md on a full run) with its machine and command.</summary>
public static class ReportWriter
{
    public static string Markdown(LoadReport report, string command, string? label)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var dataset = report.Dataset;
        text.Append(culture, $"## {DateTime.UtcNow:yyyy-MM-dd} — load harness, {report.Settings.Name} run{(label is null ? "" : $": {label}")}\n\n");
        text.Append(culture, $"**Machine.** {Machine()}. **Commit** `{Commit()}`. **Command** `{command}`.\n");
        text.Append(culture, $"**Dataset** (generated through the application layer in {dataset.GenerationTime.TotalMinutes:N1} min): {dataset.Members:N0} members, {dataset.Threads:N0} threads, " +
            $"{dataset.Posts:N0} posts, {dataset.Proposals:N0} proposals, {dataset.Likes:N0} likes, {dataset.ModerationActions:N0} moderation actions; " +
            $"the long thread has {dataset.LongThread.Posts:N0} posts. Reads: `wrk -t2 -c{report.Settings.Connections} -d{report.Settings.ReadDuration.TotalSeconds:N0}s` " +
            $"after a {report.Settings.WarmUp.TotalSeconds:N0} s warm-up per URL, each between two {report.Settings.BaselineDuration.TotalSeconds:N0} s runs of `/app.css` (the baseline is their mean).\n\n");
        text.Append("| scenario | what | req/s | p50 ms | p95 ms | p99 ms | static req/s | ratio | value | target | met |\n");
        text.Append("|---|---|---:|---:|---:|---:|---:|---:|---|---|---|\n");
        foreach (var row in report.Rows)
        {
            text.Append(culture, $"| {row.Scenario} | {row.What} | {N(row.RequestsPerSecond, "N0")} | {N(row.P50Ms, "N1")} | {N(row.P95Ms, "N1")} | {N(row.P99Ms, "N1")} | " +
                $"{N(row.BaselineRequestsPerSecond, "N0")} | {N(row.Ratio, "N2")} | {row.Value} | {row.Target} | {(row.Met is null ? "" : row.Met.Value ? "yes" : "**no**")}{(row.Sound ? "" : " (**unsound**)")} |\n");
        }

        var notes = report.Rows.Where(r => r.Note.Length > 0).ToList();
        if (notes.Count > 0)
        {
            text.Append('\n');
            foreach (var row in notes)
            {
                text.Append(culture, $"- {row.Scenario}, {row.What}: {row.Note}\n");
            }
        }

        return text.ToString();
    }

    private static string N(double? value, string format) => value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "";

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : null;
        var gigabytes = long.TryParse(memory, CultureInfo.InvariantCulture, out var kb) ? $"{kb / 1048576.0:N0} GB" : "? GB";
        return $"{cpu ?? "unknown CPU"}, {Environment.ProcessorCount} cores, {gigabytes}, .NET {Environment.Version}; client and server share the cores";
    }

    private static string Commit()
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("git", ["rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = Server.HeapSnapshot.RepositoryRoot() };
            using var git = System.Diagnostics.Process.Start(start)!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
