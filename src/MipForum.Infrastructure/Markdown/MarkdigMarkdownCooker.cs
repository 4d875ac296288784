using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Common;

namespace MipForum.Infrastructure.Markdown;

/// <summary>Markdig for markdown, then the post sanitizer; both thread-safe, so one instance serves everyone.</summary>
public sealed class MarkdigMarkdownCooker(IOptions<MarkdownOptions> options) : IMarkdownCooker
{
    private static readonly MarkdownPipeline Pipeline = ForumMarkdownPipeline.Build();
    private static readonly HtmlSanitizer Sanitizer = PostHtmlSanitizer.Create();

    public CookedMarkdown Cook(string markdown)
    {
        var limits = options.Value;
        if (markdown.Length > limits.MaxSourceLength)
        {
            throw new RequestValidationException("raw", $"Posts are limited to {limits.MaxSourceLength:N0} characters; this one has {markdown.Length:N0}.");
        }

        string html;
        try
        {
            html = Markdig.Markdown.ToHtml(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses pathological nesting ("depth limit exceeded"); that is the writer's input, not our failure.
            throw new RequestValidationException("raw", "This text is nested too deeply to render (quotes, lists or brackets inside each other). Please simplify it.");
        }

        var cooked = Sanitizer.Sanitize(html);
        if (cooked.Length > limits.MaxCookedLength)
        {
            throw new RequestValidationException("raw", "This text renders to too much HTML. Please shorten it.");
        }

        return new CookedMarkdown(markdown, cooked);
    }
}
