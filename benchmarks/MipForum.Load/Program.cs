using System.CommandLine;
using MipForum.Load;
using MipForum.Load.Report;

// The load harness of issue 15; benchmarks/load.sh installs wrk and Chromium, publishes the forum and runs this.
var app = new Option<string>("--app") { Description = "The published forum (dotnet publish src/MipForum.Web -c Release -o DIR).", Required = true };
var smoke = new Option<bool>("--smoke") { Description = "A tiny dataset and a few seconds per scenario: proves every scenario still runs (CI)." };
var dataset = new Option<string?>("--dataset") { Description = "Reuse this generated database (and its .manifest.json), or keep the generated one here." };
var work = new Option<string?>("--work") { Description = "Folder for the run's database copy and server log (default: a new temporary folder)." };
var doc = new Option<string?>("--doc") { Description = "Append the table to this markdown file (docs/benchmarks.md)." };
var label = new Option<string?>("--label") { Description = "What this run measures, for the table's heading (\"before output caching\")." };
var only = new Option<string[]>("--only") { Description = "Run only these scenarios: reads, writes, live, memory, startup.", AllowMultipleArgumentsPerToken = true };
var port = new Option<int>("--port") { Description = "Loopback port for the forum.", DefaultValueFactory = _ => 5311 };
var root = new RootCommand("MipForum load harness: dataset, forum process, wrk, writers and a browser; prints a table of the targets.")
{
    app, smoke, dataset, work, doc, label, only, port,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var scenarios = parse.GetValue(only) is { Length: > 0 } chosen ? chosen.ToHashSet(StringComparer.OrdinalIgnoreCase) : LoadRunOptions.All;
    var unknown = scenarios.Except(LoadRunOptions.All).ToList();
    if (unknown.Count > 0)
    {
        await Console.Error.WriteLineAsync($"Unknown scenario(s): {string.Join(", ", unknown)}. Scenarios are {string.Join(", ", LoadRunOptions.All)}.");
        return 2;
    }

    var options = new LoadRunOptions(
        parse.GetValue(smoke) ? LoadSettings.Smoke : LoadSettings.Full,
        Path.GetFullPath(parse.GetValue(app)!),
        parse.GetValue(dataset) is { } kept ? Path.GetFullPath(kept) : null,
        parse.GetValue(work) ?? Directory.CreateTempSubdirectory("mipforum-load-").FullName,
        parse.GetValue(port),
        scenarios);
    var report = await LoadRun.RunAsync(options, Console.Out, cancellationToken);
    var table = ReportWriter.Markdown(report, "benchmarks/load.sh " + string.Join(' ', args), parse.GetValue(label));
    Console.WriteLine();
    Console.WriteLine(table);
    if (parse.GetValue(doc) is { } file)
    {
        await File.AppendAllTextAsync(file, "\n" + table, cancellationToken);
        Console.WriteLine($"appended to {file}");
    }

    return report.Sound ? 0 : 1;
});
return await root.Parse(args).InvokeAsync();
