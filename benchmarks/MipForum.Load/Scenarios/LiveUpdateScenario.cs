using System.Net.Http.Headers;
using System.Net.Http.Json;
using MipForum.Load.Http;
using MipForum.Load.Report;

namespace MipForum.Load.Scenarios;

/// <summary>
/// Scenario 5: from a reply's API acknowledgement to its announcement in another reader's open page. The page records
/// the moment its live bar changes (a MutationObserver, Date.now()); the harness records the moment the API answered; both
/// read the same machine's clock. An announcement that beats the acknowledgement (the forum publishes before the answer
/// reaches the client) counts as 0 ms.
/// </summary>
public static class LiveUpdateScenario
{
    private const string Watch = """
        () => {
          window.__seen = 0;
          const bar = document.querySelector('.live-bar');
          const before = bar.textContent;
          const observer = new MutationObserver(() => {
            if (!window.__seen && bar.textContent !== before) { window.__seen = Date.now(); observer.disconnect(); }
          });
          observer.observe(bar, { subtree: true, childList: true, characterData: true });
        }
        """;

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(RunContext run, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = run.Server.Address };
        var token = await ForumSession.TokenAsync(http, run.Dataset.Writers[0], run.Dataset.Password, cancellationToken);
        var (threadId, threadUrl) = await WriteScenario.StartThreadAsync(http, token, "Load run: live updates", cancellationToken);
        await using var browser = await Browser.SignedInAsync(run);
        var page = await browser.OpenLiveThreadAsync(run.Url(threadUrl));

        var samples = new List<double>();
        var missed = 0;
        for (var i = 0; i < run.Settings.LiveSamples; i++)
        {
            await page.EvaluateAsync(Watch);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/threads/{threadId}/posts") { Content = JsonContent.Create(new { body = $"Live update sample {i}." }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            var acknowledged = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            response.EnsureSuccessStatusCode();
            try
            {
                await page.WaitForFunctionAsync("() => window.__seen > 0", null, new() { Timeout = 10_000, PollingInterval = 5 });
                var seen = await page.EvaluateAsync<long>("() => window.__seen");
                samples.Add(Math.Max(0, seen - acknowledged));
            }
            catch (Microsoft.Playwright.PlaywrightException)
            {
                missed++;
            }

            await Task.Delay(100, cancellationToken);
        }

        var sorted = samples.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
        run.Log.WriteLine($"  live updates: {samples.Count} seen, {missed} missed; p50 {Percentile(50):N0} ms, p95 {Percentile(95):N0} ms");
        return
        [
            new ResultRow("5 live update", $"API acknowledgement → another reader's open page, {run.Settings.LiveSamples} samples")
            {
                P50Ms = Percentile(50),
                P95Ms = Percentile(95),
                P99Ms = Percentile(99),
                Value = $"p95 {Percentile(95):N0} ms",
                Target = "p95 < 250 ms",
                Met = missed == 0 && Percentile(95) < 250,
                Sound = missed == 0 && samples.Count > 0,
                Note = missed == 0 ? "every reply announced" : $"{missed} replies never announced within 10 s",
            },
        ];
    }
}
