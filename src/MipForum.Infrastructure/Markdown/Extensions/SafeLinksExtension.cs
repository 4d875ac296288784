using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MipForum.Infrastructure.Markdown.Extensions;

/// <summary>
/// The markdown layer's own URL check, before any HTML exists: a link or image whose URL is not http, https,
/// mailto (links only) or relative becomes plain text. Browsers ignore whitespace and control characters inside
/// a scheme and letter case, so both are stripped before looking at it; Markdig has already decoded entities.
/// </summary>
public sealed class SafeLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += RemoveUnsafeLinks;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static bool IsSafe(string? url, bool isImage)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var schemeEnd = cleaned.IndexOfAny([':', '/', '?', '#']);
        if (schemeEnd < 0 || cleaned[schemeEnd] != ':')
        {
            return true; // relative: no scheme before the first '/', '?' or '#'
        }

        var scheme = cleaned[..schemeEnd].ToLowerInvariant();
        return scheme is "http" or "https" || (!isImage && scheme == "mailto");
    }

    private static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafe(link.Url, link.IsImage))
            {
                link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(autolink.Url, isImage: false))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }
    }

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
