using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Models;
using MipForum.Domain.Common;
using MipForum.Infrastructure.Markdown.Extensions;

namespace MipForum.Infrastructure.Markdown;

/// <summary>Which mentioned members and proposal codes exist; the renderer links only those.</summary>
public delegate Task<IReadOnlySet<string>> ExistingTargets(IReadOnlyCollection<string> candidates, CancellationToken cancellationToken);

/// <summary>
/// Markdown to sanitized HTML: parse, ask which mention and proposal targets exist, render, tidy, sanitize.
/// Stateless and thread-safe; the same instance cooks posts, proposal bodies and previews.
/// </summary>
public sealed partial class ForumMarkdownRenderer(IOptions<MarkdownOptions> options)
{
    private static readonly MarkdownPipeline Pipeline = ForumMarkdownPipeline.Build();
    private static readonly HtmlSanitizer Sanitizer = PostHtmlSanitizer.Create();

    /// <summary>Cooks a post (or a preview) within the post limits of <c>Forum:Markdown</c>.</summary>
    public Task<CookedMarkdown> CookAsync(string markdown, ExistingTargets members, ExistingTargets proposals, CancellationToken cancellationToken) =>
        CookAsync(markdown, TextLimits.Posts(options.Value), members, proposals, cancellationToken);

    public async Task<CookedMarkdown> CookAsync(string markdown, TextLimits limits, ExistingTargets members, ExistingTargets proposals, CancellationToken cancellationToken)
    {
        if (markdown.Length > limits.MaxSourceLength)
        {
            throw new RequestValidationException(limits.Field, limits.TooLong(markdown.Length));
        }

        var document = Guarded(() => Markdig.Markdown.Parse(markdown, Pipeline), limits.Field);
        var targets = LinkTargets.Of(document);
        if (targets.Count > 0)
        {
            await MarkExistingAsync(targets.OfType<MentionInline>().ToList(), members, cancellationToken);
            await MarkExistingAsync(targets.OfType<ProposalCodeInline>().ToList(), proposals, cancellationToken);
        }

        // ToHtml(pipeline) renders with Markdig's pooled, already set-up renderers.
        var html = Guarded(() => document.ToHtml(Pipeline), limits.Field);

        var cooked = Sanitizer.Sanitize(Tidy(html, markdown));
        if (cooked.Length > limits.MaxCookedLength)
        {
            throw new RequestValidationException(limits.Field, "This text renders to too much HTML. Please shorten it.");
        }

        var (links, images) = PostHtmlSanitizer.ExternalReferences(cooked);
        return new CookedMarkdown(markdown, cooked, CookedText.Of(cooked), new CookedReferences(Mentioned(targets), Quoted(document, markdown), links, images));
    }

    // The mentions the renderer linked: members that exist, outside a link's text (links cannot nest).
    private static List<string> Mentioned(List<ILinkTargetInline> targets) =>
        targets.OfType<MentionInline>().Where(m => m.Exists).Select(m => m.UserName).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    // The posts the rendered quotes link to (a quote's title links only when it names a thread and a post).
    private static List<QuotedPost> Quoted(MarkdownDocument document, string markdown) =>
        !markdown.Contains("[quote", StringComparison.Ordinal)
            ? []
            : document.Descendants<DiscourseQuoteBlock>()
                .Where(q => q.UserName is not null && q.ThreadId is not null && q.PostNumber is not null)
                .Select(q => new QuotedPost(q.ThreadId!.Value, q.PostNumber!.Value))
                .Distinct()
                .ToList();

    private static T Guarded<T>(Func<T> step, string field)
    {
        try
        {
            return step();
        }
        catch (ArgumentException)
        {
            // Markdig refuses pathological nesting ("depth limit exceeded"); that is the writer's input, not our failure.
            throw new RequestValidationException(field, "This text is nested too deeply to render (quotes, lists or brackets inside each other). Please simplify it.");
        }
    }

    private static async Task MarkExistingAsync<T>(IReadOnlyList<T> inlines, ExistingTargets exists, CancellationToken cancellationToken)
        where T : Inline, ILinkTargetInline
    {
        // A mention or code inside a link's text stays text: links cannot nest.
        var linkable = inlines.Where(i => !i.FindParentOfType<LinkInline>().Any()).ToList();
        if (linkable.Count == 0)
        {
            return;
        }

        var existing = await exists(linkable.Select(i => i.Key).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), cancellationToken);
        foreach (var inline in linkable)
        {
            inline.Exists = existing.Contains(inline.Key);
        }
    }

    /// <summary>
    /// Rewrites two things only Markdig's own output can contain (raw HTML is disabled, so a writer's text is escaped):
    /// footnote ids get a per-text prefix so several posts on one page do not collide, and table alignment becomes a
    /// class because the sanitizer drops style attributes.
    /// </summary>
    private static string Tidy(string html, string markdown)
    {
        if (html.Contains("fn:", StringComparison.Ordinal) || html.Contains("fnref:", StringComparison.Ordinal))
        {
            var prefix = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)))[..6];
            html = FootnoteIds().Replace(html, m => $"{m.Groups["attr"].Value}=\"{m.Groups["hash"].Value}{m.Groups["kind"].Value}-{prefix}-{m.Groups["n"].Value}\"");
        }

        return html.Contains(" style=\"text-align: ", StringComparison.Ordinal)
            ? Alignment().Replace(html, "<${tag} class=\"align-${side}\">")
            : html;
    }

    [GeneratedRegex(@"(?<attr>id|href)=""(?<hash>#?)(?<kind>fnref|fn):(?<n>[0-9]{1,4})""", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteIds();

    [GeneratedRegex(@"<(?<tag>td|th) style=""text-align: (?<side>left|center|right);"">", RegexOptions.CultureInvariant)]
    private static partial Regex Alignment();
}
