using MipForum.Load.Report;
using MipForum.Load.Server;

namespace MipForum.Load.Scenarios;

/// <summary>
/// Scenario 6: what an open interactive thread page costs the server. Two pages are opened and closed first so the
/// circuit code is loaded and compiled before the "0 pages" figure; then N signed-in pages of the demo thread are opened
/// (each with its circuit and live-update subscription) and the server is measured again. Both figures follow a forced
/// full GC; the difference divided by N is the cost of one idle page, as managed heap and as resident memory.
/// </summary>
public static class CircuitMemoryScenario
{
    public static async Task<IReadOnlyList<ResultRow>> RunAsync(RunContext run, string workFolder, CancellationToken cancellationToken)
    {
        var url = run.Url(RunContext.ThreadPath(run.Dataset.DemoThread));
        await using var browser = await Browser.SignedInAsync(run);
        foreach (var warm in new[] { await browser.OpenLiveThreadAsync(url), await browser.OpenLiveThreadAsync(url) })
        {
            await warm.CloseAsync(new() { RunBeforeUnload = true });
        }

        // A closed page's circuit is torn down only after the browser's disconnect beacon arrives; measured at once,
        // the warm-up circuits may still be in the "before" heap and gone from the "after" one. A smoke run of three
        // pages once showed less memory with the pages open than without (22.7 → 22.5 MB).
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);

        var heapBefore = await HeapSnapshot.CollectAsync(run.Server.ProcessId, workFolder, cancellationToken);
        var residentBefore = run.Server.ResidentBytes();
        var pages = new List<Microsoft.Playwright.IPage>();
        for (var i = 0; i < run.Settings.OpenPages; i++)
        {
            pages.Add(await browser.OpenLiveThreadAsync(url));
        }

        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // every circuit's first render settled
        var heapAfter = await HeapSnapshot.CollectAsync(run.Server.ProcessId, workFolder, cancellationToken);
        var residentAfter = run.Server.ResidentBytes();
        var heapPerPage = (heapAfter - heapBefore) / (double)run.Settings.OpenPages / 1024;
        var residentPerPage = (residentAfter - residentBefore) / (double)run.Settings.OpenPages / 1024;
        run.Log.WriteLine($"  memory: {run.Settings.OpenPages} open pages: managed heap {heapBefore / 1048576.0:N1} → {heapAfter / 1048576.0:N1} MB ({heapPerPage:N0} KB per page), resident {residentBefore / 1048576.0:N0} → {residentAfter / 1048576.0:N0} MB ({residentPerPage:N0} KB per page)");
        foreach (var page in pages)
        {
            await page.CloseAsync(new() { RunBeforeUnload = true });
        }

        return
        [
            new ResultRow("6 memory", $"per idle interactive thread page ({run.Settings.OpenPages} open, signed in)")
            {
                Value = $"{heapPerPage:N0} KB managed, {residentPerPage:N0} KB resident",
                Target = "≤ 250 KB",
                Met = heapPerPage <= 250,
                Sound = heapAfter > heapBefore,
                Note = $"managed heap after a forced full GC {heapBefore / 1048576.0:N1} → {heapAfter / 1048576.0:N1} MB; resident {residentBefore / 1048576.0:N0} → {residentAfter / 1048576.0:N0} MB",
            },
        ];
    }
}
