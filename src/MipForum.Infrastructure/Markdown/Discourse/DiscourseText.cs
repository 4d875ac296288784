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

    public IReadOnlyCollection<string> QuotedNames(string raw) =>
        raw.Contains("[quote", StringComparison.Ordinal)
            ? Markdig.Markdown.Parse(raw, Pipeline).Descendants<DiscourseQuoteBlock>()
                .Select(q => Attribution.Of(raw, q.Span.Start)?.UserName)
                .OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList()
            : [];

    public IReadOnlyCollection<string> LinkedMentions(string cookedHtml)
    {
        if (!cookedHtml.Contains("mention", StringComparison.Ordinal))
        {
            return [];
        }

        var document = new HtmlParser().ParseDocument(cookedHtml);
        // Only what Discourse could have as a name: the text of a link is the file's to say, and it becomes a member.
        return document.QuerySelectorAll("a.mention")
            .Select(a => a.TextContent.Trim().TrimStart('@'))
            .Where(Application.Features.Threads.Import.DiscourseTopicReader.IsUserName)
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
            edits.Add((link.Span.Start, link.Span.Length, CookedHtmlToMarkdown.CodeSpan(original)));
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

        // An edit inside another (a mention in the text of an upload link) is left to the outer one, which replaces it all.
        var kept = new List<(int Start, int Length, string Text)>();
        foreach (var edit in edits.OrderBy(e => e.Start).ThenByDescending(e => e.Length))
        {
            if (kept.Count == 0 || edit.Start >= kept[^1].Start + kept[^1].Length)
            {
                kept.Add(edit);
            }
        }

        var text = new StringBuilder(raw);
        foreach (var (start, length, replacement) in Enumerable.Reverse(kept))
        {
            text.Remove(start, length).Insert(start, replacement);
        }

        return new DiscourseTranslation(text.ToString(), notes.Distinct().ToList());
    }

    /// <summary>The quote's opening line rewritten for this forum: the quoted name as it is here, and the quoted post's thread and number here.</summary>
    private static (int, int, string)? QuoteOpening(string raw, DiscourseQuoteBlock quote, DiscourseLinks links, List<string> notes)
    {
        if (Attribution.Of(raw, quote.Span.Start) is not { } attribution)
        {
            return null;
        }

        var parts = new List<string>();
        if (attribution.UserName is { } name)
        {
            parts.Add(links.QuotedName(name));
            if (attribution.Topic is { } topic)
            {
                if (links.Post(topic, attribution.Post) is { } found)
                {
                    if (found.Number is { } number)
                    {
                        parts.Add(string.Create(CultureInfo.InvariantCulture, $"post:{number}"));
                    }

                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"topic:{found.ThreadId}"));
                }
                else
                {
                    notes.Add(string.Create(CultureInfo.InvariantCulture, $"A quote of {(attribution.Post is { } n ? $"post {n} of " : "")}topic {topic}, which is not imported (or not yet): kept without its link."));
                }
            }
        }

        var opening = parts.Count == 0 ? "[quote]" : $"[quote=\"{string.Join(", ", parts)}\"]";
        return (attribution.Start, attribution.Length, opening);
    }

    /// <summary>
    /// A quote's opening marker as Discourse writes it: <c>user, post:N, topic:M</c>, or with the setting that shows
    /// full names, <c>Full Name, post:N, topic:M, username:user</c> (the user name is then the <c>username:</c> part).
    /// </summary>
    private sealed partial record Attribution(int Start, int Length, string? UserName, int? Post, long? Topic)
    {
        public static Attribution? Of(string raw, int lineStart)
        {
            var match = Opening().Match(raw, Math.Clamp(lineStart, 0, raw.Length));
            if (!match.Success)
            {
                return null;
            }

            string? userName = null;
            int? post = null;
            long? topic = null;
            var parts = match.Groups["attribution"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts.Skip(1))
            {
                var pair = part.Split(':', 2, StringSplitOptions.TrimEntries);
                if (pair.Length != 2)
                {
                    continue;
                }

                switch (pair[0])
                {
                    case "post" when int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                        post = n;
                        break;
                    case "topic" when long.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t > 0:
                        topic = t;
                        break;
                    case "username" when Application.Features.Threads.Import.DiscourseTopicReader.IsUserName(pair[1]):
                        userName = pair[1];
                        break;
                }
            }

            if (userName is null && parts.Length > 0 && Application.Features.Threads.Import.DiscourseTopicReader.IsUserName(parts[0]))
            {
                userName = parts[0];
            }

            var marker = match.Groups["marker"];
            return new Attribution(marker.Index, marker.Length, userName, post, topic);
        }

        [GeneratedRegex(@"\G[ \t]{0,3}(?<marker>\[quote(?:=""(?<attribution>[^""\r\n]{0,300})"")?\])", RegexOptions.CultureInvariant)]
        private static partial Regex Opening();
    }

    private static bool IsUpload(string? url) => url is not null && url.StartsWith("upload://", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\w:]):[a-z0-9_+\-]{2,40}:(?![\w:])", RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();
}
