using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MipForum.Application.Common.Interfaces;
using MipForum.Infrastructure.Markdown.Extensions;

namespace MipForum.Infrastructure.Markdown.Discourse;

/// <summary>
/// Discourse's markdown read with this forum's own parser, so every change lands exactly where the syntax is: a
/// mention, a quote's opening line, an upload reference. Text inside code stays as written. Edits are applied from
/// the end of the text backwards, so earlier positions stay valid.
/// </summary>
public sealed partial class DiscourseText : IDiscourseText
{
    private static readonly MarkdownPipeline Pipeline = ForumMarkdownPipeline.BuildForReading();

    public IReadOnlyCollection<string> MentionedNames(string raw) =>
        raw.Contains('@', StringComparison.Ordinal)
            ? Markdig.Markdown.Parse(raw, Pipeline).Descendants<MentionInline>().Select(m => m.UserName).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [];

    public IReadOnlyCollection<string> LinkedMentions(string cookedHtml)
    {
        if (!cookedHtml.Contains("mention", StringComparison.Ordinal))
        {
            return [];
        }

        var document = new HtmlParser().ParseDocument(cookedHtml);
        return document.QuerySelectorAll("a.mention")
            .Select(a => a.TextContent.Trim().TrimStart('@'))
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public string MarkdownFromCooked(string cookedHtml) => CookedHtmlToMarkdown.Convert(cookedHtml);

    public DiscourseTranslation Translate(string raw, DiscourseLinks links)
    {
        var document = Markdig.Markdown.Parse(raw, Pipeline);
        var edits = new List<(int Start, int Length, string Text)>();
        var notes = new List<string>();
        foreach (var quote in document.Descendants<DiscourseQuoteBlock>())
        {
            if (QuoteOpening(raw, quote, links, notes) is { } edit)
            {
                edits.Add(edit);
            }
        }

        foreach (var mention in document.Descendants<MentionInline>())
        {
            var here = links.UserName(mention.UserName);
            var written = here is null ? "\\@" + mention.UserName : "@" + here;
            if (written != "@" + mention.UserName)
            {
                edits.Add((mention.Span.Start, mention.Span.Length, written));
            }
        }

        foreach (var link in document.Descendants<LinkInline>().Where(l => IsUpload(l.Url)))
        {
            var original = raw.Substring(link.Span.Start, link.Span.Length);
            edits.Add((link.Span.Start, link.Span.Length, InlineCode(original)));
            notes.Add($"{(link.IsImage ? "The image" : "The file")} {link.Url} was uploaded to the original forum: kept as text (uploads are not imported).");
        }

        foreach (var literal in document.Descendants<LiteralInline>())
        {
            foreach (Match shortcode in Shortcode().Matches(literal.Content.ToString()))
            {
                notes.Add($"The emoji {shortcode.Value} is not one this forum knows (a custom emoji there?): kept as text.");
            }
        }

        if (raw.Contains("[poll", StringComparison.Ordinal))
        {
            notes.Add("A Discourse poll is kept as text: open a poll in the thread to ask again.");
        }

        var text = new StringBuilder(raw);
        foreach (var (start, length, replacement) in edits.OrderByDescending(e => e.Start))
        {
            text.Remove(start, length).Insert(start, replacement);
        }

        return new DiscourseTranslation(text.ToString(), notes.Distinct().ToList());
    }

    /// <summary>The quote's opening line rewritten for this forum: the quoted name as it is here, and the quoted post's thread and number here.</summary>
    private static (int, int, string)? QuoteOpening(string raw, DiscourseQuoteBlock quote, DiscourseLinks links, List<string> notes)
    {
        var start = raw.IndexOf("[quote", quote.Span.Start, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = raw.IndexOf(']', start);
        if (end < 0)
        {
            return null;
        }

        var attribution = new List<string>();
        if (quote.UserName is { } name)
        {
            attribution.Add(links.UserName(name) ?? name);
            if (quote.ThreadId is { } topic)
            {
                if (links.Post(topic, quote.PostNumber) is { } found)
                {
                    if (found.Number is { } number)
                    {
                        attribution.Add(string.Create(CultureInfo.InvariantCulture, $"post:{number}"));
                    }

                    attribution.Add(string.Create(CultureInfo.InvariantCulture, $"topic:{found.ThreadId}"));
                }
                else
                {
                    notes.Add(string.Create(CultureInfo.InvariantCulture, $"A quote of {(quote.PostNumber is { } n ? $"post {n} of " : "")}topic {topic}, which is not imported (or not yet): kept without its link."));
                }
            }
        }

        var opening = attribution.Count == 0 ? "[quote]" : $"[quote=\"{string.Join(", ", attribution)}\"]";
        return (start, end - start + 1, opening);
    }

    private static bool IsUpload(string? url) => url is not null && url.StartsWith("upload://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Text shown as written, in a code span long enough for any backticks inside it.</summary>
    private static string InlineCode(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        return $"{fence} {text} {fence}";
    }

    [GeneratedRegex(@"(?<![\w:]):[a-z0-9_+\-]{2,40}:(?![\w:])", RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();
}
