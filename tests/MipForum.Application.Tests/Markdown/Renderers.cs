using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Domain.Common;
using MipForum.Infrastructure.Markdown;

namespace MipForum.Application.Tests.Markdown;

/// <summary>The production renderer with a fixed idea of which members and proposals exist.</summary>
internal static class Renderers
{
    public static readonly string[] Members = ["amelie.r", "sato-k", "moshe_f"];
    public static readonly string[] Proposals = ["MIP41", "MIP41c5", "MIP41c5-SP2"];

    public static ForumMarkdownRenderer Create(int maxLength = 32_000) =>
        new(Options.Create(new MarkdownOptions { MaxSourceLength = maxLength }));

    public static Task<CookedMarkdown> CookAsync(string markdown, int maxLength = 32_000) =>
        Create(maxLength).CookAsync(markdown, ExistingMembers, ExistingProposals, TestContext.Current.CancellationToken);

    public static async Task<string> HtmlAsync(string markdown) => (await CookAsync(markdown)).Html.Trim();

    private static Task<IReadOnlySet<string>> ExistingMembers(IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(names.Where(n => Members.Contains(n, StringComparer.OrdinalIgnoreCase)).ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static Task<IReadOnlySet<string>> ExistingProposals(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(codes.Where(Proposals.Contains).ToHashSet());
}
