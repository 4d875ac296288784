using BenchmarkDotNet.Attributes;
using MipForum.Domain.Polls;

namespace MipForum.Benchmarks;

/// <summary>
/// Counting a large weighted ranked-choice poll once, as happens at its close: 100,000 ballots over 5 options, each ranking
/// some or all of them with a decimal weight (MKR-like, up to six decimals). Ballots are generated once, from a fixed seed.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 12)]
public class TallyBenchmarks
{
    private static readonly List<TallyOption> Options = [.. Enumerable.Range(1, 5).Select(i => new TallyOption(i, $"Option {i}"))];
    private CountedBallot[] _ranked = [];
    private CountedBallot[] _binary = [];

    [GlobalSetup]
    public void Generate()
    {
        var random = new Random(20261202);
        _ranked = [.. Enumerable.Range(0, 100_000).Select(_ =>
        {
            var ranking = Enumerable.Range(1, 5).OrderBy(_ => random.Next()).Take(random.Next(1, 6)).ToArray();
            return new CountedBallot(ranking, random.Next(0, 50_000_000) / 1_000_000m);
        })];
        _binary = [.. Enumerable.Range(0, 100_000).Select(_ => new CountedBallot([random.Next(1, 4)], random.Next(0, 50_000_000) / 1_000_000m))];
    }

    [Benchmark(Description = "tally 100,000 weighted ranked ballots, 5 options (instant runoff)")]
    public PollResult InstantRunoff() =>
        PollTally.Count(PollType.Ranked, new OutcomeRule(OutcomeRuleKind.InstantRunoff), Options, _ranked, "benchmark-seed");

    [Benchmark(Description = "tally 100,000 weighted binary ballots (majority)")]
    public PollResult Binary() =>
        PollTally.Count(PollType.Binary, new OutcomeRule(OutcomeRuleKind.Majority), BinaryOptions, _binary, "benchmark-seed");

    private static readonly List<TallyOption> BinaryOptions = [new(1, "Yes"), new(2, "No"), new(3, "Abstain", IsAbstain: true)];
}
