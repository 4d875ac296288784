using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Infrastructure.Markdown;

namespace MipForum.Benchmarks;

/// <summary>
/// Cooking a post (Markdig with the forum extensions, then the sanitizer) on one thread, as happens once per write.
/// Mention and proposal lookups are answered from memory here: the database round trip is measured separately.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 12)]
public class CookingBenchmarks
{
    private static readonly HashSet<string> Members = new(["amelie.r", "sato-k", "moshe_f", "lena.v"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Proposals = ["MIP41", "MIP41c4", "MIP41c5", "MIP41c5-SP2"];

    private readonly ForumMarkdownRenderer _renderer = new(Options.Create(new MarkdownOptions()));

    public static string TypicalPost { get; } = SamplePosts.Typical;

    public static string LongPost { get; } = SamplePosts.Long;

    [Benchmark(Description = "cook typical post (~2 KB)")]
    public Task<Domain.Common.CookedMarkdown> CookTypical() => _renderer.CookAsync(TypicalPost, KnownMembers, KnownProposals, CancellationToken.None);

    [Benchmark(Description = "cook long post (~30 KB)")]
    public Task<Domain.Common.CookedMarkdown> CookLong() => _renderer.CookAsync(LongPost, KnownMembers, KnownProposals, CancellationToken.None);

    // Proposal bodies have their own limit (Forum:Proposals:MaxBodyLength); a real MIP reaches 90,000 characters.
    private static readonly TextLimits ProposalLimits = TextLimits.ProposalBodies(262_144, 3_276_800);

    [Benchmark(Description = "cook governance document (~90 KB)")]
    public Task<Domain.Common.CookedMarkdown> CookGovernanceDocument() => _renderer.CookAsync(SampleGovernanceDocument.Body, ProposalLimits, KnownMembers, KnownProposals, CancellationToken.None);

    [Benchmark(Description = "parse and write governance document (~90 KB, import + export)")]
    public string ParseAndWriteGovernanceDocument()
    {
        var document = Domain.Proposals.MipDocument.Parse(SampleGovernanceDocument.Markdown);
        return Domain.Proposals.MipDocument.Write(document.Heading!, document.Preamble, document.Body);
    }

    private static readonly Markdig.MarkdownPipeline Pipeline = ForumMarkdownPipeline.Build();
    private static readonly Ganss.Xss.HtmlSanitizer Sanitizer = PostHtmlSanitizer.Create();
    private static readonly string TypicalHtml = Markdig.Markdown.ToHtml(TypicalPost, Pipeline);

    [Benchmark(Description = "cook typical, no targets exist")]
    public Task<Domain.Common.CookedMarkdown> CookTypicalNoTargets() => _renderer.CookAsync(TypicalPost, NoneExist, NoneExist, CancellationToken.None);

    private static Task<IReadOnlySet<string>> NoneExist(IReadOnlyCollection<string> keys, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

    [Benchmark(Description = "markdig only, typical")]
    public string MarkdigOnly() => Markdig.Markdown.ToHtml(TypicalPost, Pipeline);

    [Benchmark(Description = "sanitizer only, typical")]
    public string SanitizerOnly() => Sanitizer.Sanitize(TypicalHtml);

    private static Task<IReadOnlySet<string>> KnownMembers(IReadOnlyCollection<string> names, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<string>>(names.Where(Members.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static Task<IReadOnlySet<string>> KnownProposals(IReadOnlyCollection<string> codes, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<string>>(codes.Where(Proposals.Contains).ToHashSet());
}
