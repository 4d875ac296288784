using Spectre.Console;
using Spectre.Console.Rendering;

namespace MipForum.Web.Composition;

/// <summary>
/// Progress for long operator commands (Spectre.Console): a bar per stage with its count, rate and time left, drawn live
/// on a terminal; a file or a pipe gets one line per stage when it ends.
/// </summary>
internal static class CommandProgress
{
    public static IAnsiConsole ConsoleFor(TextWriter output) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

    /// <summary>Runs <paramref name="work"/> with one task of <paramref name="total"/> units named <paramref name="stage"/>.</summary>
    public static async Task<T> RunAsync<T>(TextWriter output, string stage, double total, Func<IProgress<int>, Task<T>> work)
    {
        var console = ConsoleFor(output);
        if (!console.Profile.Capabilities.Interactive)
        {
            // A log or a pipe gets one line per stage, with its count and rate, instead of redrawn bars.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var done = 0;
            var result = await work(new SynchronousProgress(value => done = value));
            output.WriteLine($"{stage}: {done:N0}/{total:N0} in {clock.Elapsed.TotalSeconds:N1} s ({done / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s).");
            return result;
        }

        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new RateColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(stage, maxValue: Math.Max(1, total));
                var result = await work(new Progress<int>(done => task.Value = done));
                task.Value = task.MaxValue;
                return result;
            });
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Value:N0}/{task.MaxValue:N0}");
    }

    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:N0}/s" : "–/s");
    }
}
