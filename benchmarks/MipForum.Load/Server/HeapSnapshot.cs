using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MipForum.Load.Server;

/// <summary>
/// A full, blocking garbage collection of the server, forced from outside by dotnet-gcdump (a dotnet tool in the
/// repository's manifest: collecting a heap dump collects the heap first), and the live managed heap it reports.
/// </summary>
public static partial class HeapSnapshot
{
    /// <summary>Live managed bytes after a forced full GC.</summary>
    public static async Task<long> CollectAsync(int processId, string workFolder, CancellationToken cancellationToken)
    {
        var dump = Path.Combine(workFolder, $"heap-{DateTime.UtcNow.Ticks}.gcdump");
        await ToolAsync(["dotnet-gcdump", "collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", dump], cancellationToken);
        var report = await ToolAsync(["dotnet-gcdump", "report", dump], cancellationToken);
        File.Delete(dump);
        var total = HeapBytes().Match(report);
        return total.Success
            ? long.Parse(total.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"dotnet-gcdump report gave no heap size: {report[..Math.Min(400, report.Length)]}");
    }

    private static async Task<string> ToolAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", ["tool", "run", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot(),
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"dotnet tool run {string.Join(' ', arguments)} failed: {output}{error}");
    }

    /// <summary>The folder with dotnet-tools.json (the tools are restored there by benchmarks/load.sh and test.sh).</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "dotnet-tools.json")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    [GeneratedRegex(@"([\d,]+)\s+GC Heap bytes")]
    private static partial Regex HeapBytes();
}
