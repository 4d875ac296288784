using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MipForum.Infrastructure.Markdown;

/// <summary>
/// The text a reader reads in sanitized HTML, without markup: what search indexes and its snippets show. Block elements
/// end with a line break and a line break element becomes one, so words in adjacent paragraphs, list items or table
/// cells never run together ("<c>&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;</c>" is "a" and "b", not "ab"); inline elements
/// (emphasis, links, code) add nothing, so a word split by markup stays one word. An image reads as its alt text.
/// </summary>
internal static class CookedText
{
    private static readonly HashSet<string> Inline = new(
        ["a", "strong", "em", "b", "i", "del", "s", "mark", "ins", "sub", "sup", "code", "span", "img", "input"],
        StringComparer.OrdinalIgnoreCase);

    [ThreadStatic]
    private static HtmlParser? _parser;

    public static string Of(string sanitizedHtml)
    {
        if (!sanitizedHtml.Contains('<', StringComparison.Ordinal) && !sanitizedHtml.Contains('&', StringComparison.Ordinal))
        {
            return sanitizedHtml.Trim();
        }

        _parser ??= new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(Configuration.Default));
        using var document = _parser.ParseDocument(sanitizedHtml);
        var text = new StringBuilder(sanitizedHtml.Length / 2);
        Append(document.Body!, text);
        return Tidy(text);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "img" } image:
                    text.Append(image.GetAttribute("alt"));
                    break;
                case IElement element:
                    Append(element, text);
                    if (!Inline.Contains(element.LocalName))
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }

    // Runs of blank space collapse to one space, runs of line breaks to one line break, so the stored text is compact;
    // control characters are dropped.
    private static string Tidy(StringBuilder raw)
    {
        var text = new StringBuilder(raw.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\n')
            {
                pendingBreak = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            else if (char.IsControl(c))
            {
                // Nothing a reader sees, and the search snippets' match markers (U+0002, U+0003) must not come from text.
                continue;
            }
            else
            {
                if (text.Length > 0 && (pendingBreak || pendingSpace))
                {
                    text.Append(pendingBreak ? '\n' : ' ');
                }

                pendingBreak = pendingSpace = false;
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
