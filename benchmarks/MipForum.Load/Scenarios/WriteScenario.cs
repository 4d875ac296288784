using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MipForum.Load.Http;
using MipForum.Load.Report;

namespace MipForum.Load.Scenarios;

/// <summary>
/// Scenario 4: the writers post replies into one hot thread through the API for a fixed time, each reply with its own
/// idempotency key. wrk and hey only count answers; this client keeps every acknowledgement so the database can be
/// checked afterwards: each acknowledged reply stored exactly once, under the number it was given, numbers 1..N with no
/// gap or duplicate, and the thread's count equal to its rows.
/// </summary>
public static class WriteScenario
{
    private sealed record Ack(int Id, int Number, string Key);

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(RunContext run, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = run.Settings.Writers * 2 }) { BaseAddress = run.Server.Address, Timeout = TimeSpan.FromSeconds(30) };
        var tokens = new List<string>();
        foreach (var writer in run.Dataset.Writers.Take(run.Settings.Writers))
        {
            tokens.Add(await ForumSession.TokenAsync(http, writer, run.Dataset.Password, cancellationToken));
        }

        // Warm-up on a thread of its own, so the measured run starts with the write path compiled (tiered JIT).
        var (warmUp, _) = await StartThreadAsync(http, tokens[0], "Load run: warming up the writers", cancellationToken);
        await WriteAsync(http, tokens, warmUp, "warm", run.Settings.WriteWarmUp, cancellationToken);

        var (threadId, _) = await StartThreadAsync(http, tokens[0], "Load run: the hot thread", cancellationToken);
        var (acks, latencies, failures, elapsed) = await WriteAsync(http, tokens, threadId, "load", run.Settings.WriteDuration, cancellationToken);

        var check = await CheckStoredAsync(run.Database, threadId, [.. acks], cancellationToken);
        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
        var perSecond = acks.Count / elapsed.TotalSeconds;
        var failureText = failures.IsEmpty ? "no failed request" : string.Join(", ", failures.Select(f => $"{f.Value} × {f.Key}"));
        run.Log.WriteLine($"  writes: {acks.Count:N0} replies in {elapsed.TotalSeconds:N1} s = {perSecond:N0}/s, p99 {Percentile(99):N1} ms; {failureText}; {check}");
        return
        [
            new ResultRow("4 writes", $"{run.Settings.Writers} writers replying to one thread through the API, {elapsed.TotalSeconds:N0} s")
            {
                Value = $"{perSecond:N0} replies/s",
                P50Ms = Percentile(50),
                P95Ms = Percentile(95),
                P99Ms = Percentile(99),
                Target = "≥ 500 replies/s, p99 < 100 ms",
                Met = perSecond >= 500 && Percentile(99) < 100,
                Sound = check.Exact && failures.IsEmpty && !acks.IsEmpty,
                Note = $"{acks.Count:N0} acknowledged; {check}; {failureText}",
            },
        ];
    }

    private static async Task<(ConcurrentBag<Ack> Acks, ConcurrentBag<double> Latencies, ConcurrentDictionary<string, int> Failures, TimeSpan Elapsed)> WriteAsync(
        HttpClient http, List<string> tokens, int threadId, string prefix, TimeSpan duration, CancellationToken cancellationToken)
    {
        var acks = new ConcurrentBag<Ack>();
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<string, int>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(tokens.Select((token, writer) => Task.Run(async () =>
        {
            for (var sequence = 0; watch.Elapsed < duration; sequence++)
            {
                var key = $"{prefix}-{writer}-{sequence}";
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/threads/{threadId}/posts")
                {
                    Content = JsonContent.Create(new { body = $"Reply {sequence} of writer {writer} in the load run, with **some** markdown and a [link](https://example.org/{key})." }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Add("Idempotency-Key", key);
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request, cancellationToken);
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        var reply = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                        acks.Add(new Ack(reply.GetProperty("id").GetInt32(), reply.GetProperty("number").GetInt32(), key));
                    }
                    else
                    {
                        failures.AddOrUpdate($"HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
                    }
                }
                catch (Exception failed) when (failed is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    failures.AddOrUpdate(failed.GetType().Name, 1, (_, n) => n + 1);
                }
            }
        }, cancellationToken)));
        return (acks, latencies, failures, watch.Elapsed);
    }

    public static async Task<(int Id, string Url)> StartThreadAsync(HttpClient http, string token, string title, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/threads")
        {
            Content = JsonContent.Create(new { title, body = "The first post of a thread the load run writes into.", category = "general" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var started = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return (started.GetProperty("id").GetInt32(), started.GetProperty("url").GetString()!);
    }

    private sealed record StoredCheck(bool Exact, string Text)
    {
        public override string ToString() => Text;
    }

    private static async Task<StoredCheck> CheckStoredAsync(string database, int threadId, IReadOnlyList<Ack> acks, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        var rows = new List<(int Id, int Number, string? Key)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id, Number, ClientKey FROM Posts WHERE ThreadId = $thread";
            command.Parameters.AddWithValue("$thread", threadId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT PostCount FROM Threads WHERE Id = $thread";
        count.Parameters.AddWithValue("$thread", threadId);
        var postCount = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

        var byId = rows.ToDictionary(r => r.Id);
        var missing = acks.Count(a => !byId.TryGetValue(a.Id, out var row) || row.Number != a.Number || row.Key != a.Key);
        var duplicateKeys = rows.Where(r => r.Key is not null).GroupBy(r => r.Key).Count(g => g.Count() > 1);
        var numbers = rows.Select(r => r.Number).Order().ToArray();
        var contiguous = numbers.Select((n, i) => n == i + 1).All(ok => ok);
        var acked = acks.Select(a => a.Key).ToHashSet();
        var unacknowledged = rows.Count(r => r.Key is not null && !acked.Contains(r.Key));
        var exact = missing == 0 && duplicateKeys == 0 && contiguous && postCount == rows.Count && unacknowledged == 0 && acks.Select(a => a.Id).Distinct().Count() == acks.Count;
        return new StoredCheck(exact, exact
            ? $"stored exactly: {rows.Count:N0} rows numbered 1..{rows.Count:N0}, every acknowledgement once"
            : $"NOT EXACT: {missing} acknowledged replies missing or renumbered, {duplicateKeys} keys stored twice, {unacknowledged} stored unacknowledged, numbers contiguous: {contiguous}, thread count {postCount} for {rows.Count} rows");
    }
}
