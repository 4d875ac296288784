using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MipForum.Infrastructure.Markdown.Discourse;

/// <summary>
/// Markdown for a Discourse post whose export has only its cooked HTML. The HTML is sanitized first (the post allow-list),
/// then each element becomes the markdown that cooks back to it here: Discourse's quotes, mentions, emoji images and folds
/// become their markdown forms; anything else keeps its text. Text is escaped, so characters never turn into markup.
/// </summary>
internal static partial class CookedHtmlToMarkdown
{
    private static readonly Ganss.Xss.HtmlSanitizer Sanitizer = DiscourseSanitizer();

    public static string Convert(string cookedHtml)
    {
        var document = new HtmlParser().ParseDocument("<body>" + Sanitizer.Sanitize(cookedHtml) + "</body>");
        var markdown = new StringBuilder();
        Blocks(document.Body!, markdown, indent: string.Empty);
        return BlankLines().Replace(markdown.ToString(), "\n\n").Trim('\n') + "\n";
    }

    private static void Blocks(INode parent, StringBuilder output, string indent)
    {
        var inline = new StringBuilder();
        foreach (var node in parent.ChildNodes)
        {
            if (node is IElement element && IsBlock(element))
            {
                Flush(inline, output, indent);
                Block(element, output, indent);
            }
            else
            {
                Inline(node, inline);
            }
        }

        Flush(inline, output, indent);
    }

    private static void Flush(StringBuilder inline, StringBuilder output, string indent)
    {
        // A paragraph that starts like a list item ("1. ", "- ", "+ ") would become a list: its marker is escaped.
        var text = ListLike().Replace(inline.ToString().Trim(), @"$1\$2");
        inline.Clear();
        if (text.Length > 0)
        {
            output.Append(indent).Append(text.Replace("\n", "\n" + indent, StringComparison.Ordinal)).Append("\n\n");
        }
    }

    private static bool IsBlock(IElement element) => element.LocalName is
        "p" or "div" or "aside" or "blockquote" or "ul" or "ol" or "pre" or "table" or "hr" or "details"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static void Block(IElement element, StringBuilder output, string indent)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                output.Append(indent).Append('#', element.LocalName[1] - '0').Append(' ').Append(InlineText(element)).Append("\n\n");
                break;
            case "hr":
                output.Append(indent).Append("---\n\n");
                break;
            case "pre":
                var code = element.QuerySelector("code");
                var language = code?.ClassList.FirstOrDefault(c => c.StartsWith("lang-", StringComparison.Ordinal) || c.StartsWith("language-", StringComparison.Ordinal))?.Split('-', 2)[1] ?? string.Empty;
                var body = (code ?? element).TextContent.TrimEnd('\n');
                var fence = body.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
                output.Append(indent).Append(fence).Append(language).Append('\n');
                foreach (var line in body.Split('\n'))
                {
                    output.Append(indent).Append(line).Append('\n');
                }

                output.Append(indent).Append(fence).Append("\n\n");
                break;
            case "blockquote":
                Quoted(element, output, indent, "> ");
                break;
            case "aside" when element.ClassList.Contains("quote"):
                Quote(element, output, indent);
                break;
            case "details":
                var summary = element.QuerySelector("summary");
                output.Append(indent).Append("[details=\"").Append((summary?.TextContent ?? "Summary").Replace('"', '\'').Trim()).Append("\"]\n");
                summary?.Remove();
                Blocks(element, output, indent);
                output.Append(indent).Append("[/details]\n\n");
                break;
            case "ul" or "ol":
                List(element, output, indent);
                break;
            case "table":
                Table(element, output, indent);
                break;
            default:
                Blocks(element, output, indent);
                break;
        }
    }

    /// <summary>Discourse's quote: <c>&lt;aside class="quote" data-username data-post data-topic&gt;</c> with a title and a blockquote.</summary>
    private static void Quote(IElement aside, StringBuilder output, string indent)
    {
        var attribution = new List<string>();
        if (aside.GetAttribute("data-username") is { Length: > 0 } user)
        {
            attribution.Add(user);
            if (aside.GetAttribute("data-post") is { Length: > 0 } post)
            {
                attribution.Add("post:" + post);
            }

            if (aside.GetAttribute("data-topic") is { Length: > 0 } topic)
            {
                attribution.Add("topic:" + topic);
            }
        }

        output.Append(indent).Append(attribution.Count == 0 ? "[quote]" : $"[quote=\"{string.Join(", ", attribution).Replace('"', '\'')}\"]").Append('\n');
        var quoted = aside.QuerySelector("blockquote");
        Blocks(quoted ?? aside, output, indent);
        output.Append(indent).Append("[/quote]\n\n");
    }

    private static void Quoted(IElement element, StringBuilder output, string indent, string marker)
    {
        var inner = new StringBuilder();
        Blocks(element, inner, string.Empty);
        foreach (var line in inner.ToString().TrimEnd('\n').Split('\n'))
        {
            output.Append(indent).Append(line.Length == 0 ? marker.TrimEnd() : marker + line).Append('\n');
        }

        output.Append('\n');
    }

    private static void List(IElement list, StringBuilder output, string indent)
    {
        var ordered = list.LocalName == "ol";
        var number = int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var marker = ordered ? $"{number++}. " : "- ";
            var inner = new StringBuilder();
            Blocks(item, inner, string.Empty);
            var lines = BlankLines().Replace(inner.ToString(), "\n\n").Trim('\n').Split('\n');
            var continuation = new string(' ', marker.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                output.Append(indent).Append(i == 0 ? marker : lines[i].Length == 0 ? string.Empty : continuation).Append(lines[i]).Append('\n');
            }
        }

        output.Append('\n');
    }

    private static void Table(IElement table, StringBuilder output, string indent)
    {
        // Cell text is escaped like all text ('|' included), so a bar in a cell stays in its cell.
        var rows = table.QuerySelectorAll("tr").Select(r => r.Children.Where(c => c.LocalName is "th" or "td").Select(InlineText).ToList()).Where(r => r.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var columns = rows.Max(r => r.Count);
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            output.Append(indent).Append("| ").Append(string.Join(" | ", row.Concat(Enumerable.Repeat(string.Empty, columns - row.Count)))).Append(" |\n");
            if (index == 0)
            {
                output.Append(indent).Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", columns))).Append('\n');
            }
        }

        output.Append('\n');
    }

    private static string InlineText(INode node)
    {
        var text = new StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            Inline(child, text);
        }

        return text.ToString().Trim().Replace("\n", " ", StringComparison.Ordinal);
    }

    private static void Inline(INode node, StringBuilder output)
    {
        if (node is IText text)
        {
            output.Append(Escape(WhiteSpace().Replace(text.Data, " ")));
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        switch (element.LocalName)
        {
            case "br":
                output.Append("\\\n");
                break;
            case "strong" or "b":
                Wrap(element, output, "**");
                break;
            case "em" or "i":
                Wrap(element, output, "*");
                break;
            case "del" or "s":
                Wrap(element, output, "~~");
                break;
            case "code":
                output.Append(CodeSpan(element.TextContent));
                break;
            case "a" when element.ClassList.Contains("mention") && Application.Features.Threads.Import.DiscourseTopicReader.IsUserName(element.TextContent.Trim().TrimStart('@')):
                output.Append('@').Append(element.TextContent.Trim().TrimStart('@'));
                break;
            case "a":
                var label = InlineText(element);
                var href = element.GetAttribute("href");
                if (string.IsNullOrEmpty(href))
                {
                    output.Append(label);
                }
                else
                {
                    output.Append('[').Append(label.Length == 0 ? Escape(href) : label).Append("](<").Append(href.Replace(">", "%3E", StringComparison.Ordinal)).Append(">)");
                }

                break;
            case "img" when element.ClassList.Contains("emoji") && element.GetAttribute("alt") is { } shortcode && Emoji().IsMatch(shortcode):
                output.Append(shortcode);
                break;
            case "img" when !IsAbsolute(element.GetAttribute("src")):
                // An upload of the other forum ("/uploads/…"): its address means nothing here, so it is kept as text.
                output.Append(CodeSpan($"![{element.GetAttribute("alt")}]({element.GetAttribute("src")})"));
                break;
            case "img":
                output.Append("![").Append(Escape(element.GetAttribute("alt") ?? string.Empty)).Append("](<").Append((element.GetAttribute("src") ?? string.Empty).Replace(">", "%3E", StringComparison.Ordinal)).Append(">)");
                break;
            default:
                foreach (var child in element.ChildNodes)
                {
                    Inline(child, output);
                }

                break;
        }
    }

    private static void Wrap(IElement element, StringBuilder output, string marker)
    {
        var inner = InlineText(element);
        if (inner.Length > 0)
        {
            output.Append(marker).Append(inner).Append(marker);
        }
    }

    /// <summary>Characters that would be read as markup are escaped, so the text cooks back to itself.</summary>
    private static string Escape(string text) => Special().Replace(text, @"\$0");

    private static bool IsAbsolute(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    /// <summary>Text shown as written, in a code span whose fence is longer than any run of backticks inside it.</summary>
    public static string CodeSpan(string text)
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

    /// <summary>The post allow-list, plus the attributes Discourse's quotes and folds carry and the import reads.</summary>
    private static Ganss.Xss.HtmlSanitizer DiscourseSanitizer()
    {
        var sanitizer = new Ganss.Xss.HtmlSanitizer();
        sanitizer.AllowedTags.Add("aside");
        sanitizer.AllowedTags.Add("details");
        sanitizer.AllowedTags.Add("summary");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("data-username");
        sanitizer.AllowedAttributes.Add("data-post");
        sanitizer.AllowedAttributes.Add("data-topic");
        return sanitizer;
    }

    [GeneratedRegex(@"[\\`*_\[\]<>#|~!]", RegexOptions.CultureInvariant)]
    private static partial Regex Special();

    [GeneratedRegex(@"(?m)^(\d{1,9})?([.)\-+=])(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ListLike();

    [GeneratedRegex(@"[ \t\r\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^:[a-z0-9_+\-]{1,40}:$", RegexOptions.CultureInvariant)]
    private static partial Regex Emoji();
}
