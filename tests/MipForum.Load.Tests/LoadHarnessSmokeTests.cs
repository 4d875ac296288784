using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MipForum.Load;
using MipForum.Load.Report;
using MipForum.Load.Server;

namespace MipForum.Load.Tests;

/// <summary>
/// The load harness's smoke mode, so it cannot rot: the forum published (Release) and started as its own process, a tiny
/// dataset generated through the application layer, and every scenario run for a second or two. What is asserted is that
/// each scenario ran soundly (answers without errors, every acknowledged reply stored exactly once, every live update
/// seen, memory measured), never how fast: the targets live in the harness's table and docs/benchmarks.md.
/// </summary>
public sealed class LoadHarnessSmokeTests
{
    [Fact]
    public async Task The_smoke_run_completes_every_scenario_soundly()
    {
        var ct = TestContext.Current.CancellationToken;
        var work = Directory.CreateTempSubdirectory("mipforum-load-smoke-").FullName;
        try
        {
            var app = Environment.GetEnvironmentVariable("MIPFORUM_LOAD_APP") is { Length: > 0 } published ? published : await PublishAsync(work, ct);
            var log = new StringWriter();
            var report = await LoadRun.RunAsync(new LoadRunOptions(LoadSettings.Smoke, app, null, Path.Combine(work, "run"), FreePort(), LoadRunOptions.All), log, ct);
            TestContext.Current.SendDiagnosticMessage(log.ToString());

            var scenarios = report.Rows.Select(r => r.Scenario[..1]).Distinct().Order().ToArray();
            Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], scenarios);
            Assert.All(report.Rows, row => Assert.True(row.Sound, $"{row.Scenario}, {row.What}: {row.Note}\n{log}"));
            Assert.All(report.Rows.Where(r => r.BaselineRequestsPerSecond is not null), row => Assert.True(row.RequestsPerSecond > 0 && row.BaselineRequestsPerSecond > 0));
            Assert.Contains("stored exactly", Assert.Single(report.Rows, r => r.Scenario.StartsWith('4')).Note, StringComparison.Ordinal);
            Assert.Equal("every reply announced", Assert.Single(report.Rows, r => r.Scenario.StartsWith('5')).Note);

            var table = ReportWriter.Markdown(report, "benchmarks/load.sh --smoke", null);
            Assert.Contains("| 4 writes |", table, StringComparison.Ordinal);
            Assert.Contains("smoke run", table, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<string> PublishAsync(string work, CancellationToken ct)
    {
        var output = Path.Combine(work, "app");
        var start = new ProcessStartInfo("dotnet", ["publish", "src/MipForum.Web", "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", output, "-v", "q", "--nologo"])
        {
            WorkingDirectory = HeapSnapshot.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var publish = Process.Start(start)!;
        var text = await publish.StandardOutput.ReadToEndAsync(ct) + await publish.StandardError.ReadToEndAsync(ct);
        await publish.WaitForExitAsync(ct);
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed: {text}");
        return output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
