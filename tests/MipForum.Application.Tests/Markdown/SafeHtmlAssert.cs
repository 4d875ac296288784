using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace MipForum.Application.Tests.Markdown;

/// <summary>
/// Parses cooked HTML as a browser would and checks it against the post allow-list: only allowed elements,
/// attributes, classes, ids and URL schemes. Anything else means the sanitizer let something through.
/// </summary>
internal static partial class SafeHtmlAssert
{
    private static readonly HashSet<string> Elements =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "del", "s", "mark", "ins", "sub", "sup",
        "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "div", "aside", "input",
    ];

    private static readonly HashSet<string> AttributesAllowed =
        ["href", "src", "alt", "title", "class", "id", "start", "type", "checked", "disabled", "rel", "loading", "referrerpolicy", "aria-label"];

    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    public static void IsInert(string html, string because = "")
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.True(Elements.Contains(element.LocalName), $"<{element.LocalName}> is not allowed {because}");
            if (element.LocalName == "input")
            {
                Assert.Equal("checkbox", element.GetAttribute("type"));
                Assert.True(element.HasAttribute("disabled"), $"an enabled input {because}");
                Assert.Contains(element.GetAttribute("aria-label"), new[] { "Done", "Not done" });
            }
            else
            {
                Assert.False(element.HasAttribute("aria-label"), $"aria-label on <{element.LocalName}> {because}");
            }

            foreach (var attribute in element.Attributes)
            {
                Assert.True(AttributesAllowed.Contains(attribute.Name), $"attribute {attribute.Name} on <{element.LocalName}> {because}");
                switch (attribute.Name)
                {
                    case "href" or "src":
                        AssertSafeUrl(attribute.Value, element.LocalName == "img", because);
                        break;
                    case "class":
                        Assert.All(attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), c => Assert.Matches(AllowedClass(), c));
                        break;
                    case "id":
                        Assert.Matches(FootnoteId(), attribute.Value);
                        break;
                }
            }
        }
    }

    private static void AssertSafeUrl(string url, bool isImage, string because)
    {
        var value = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var end = value.IndexOfAny([':', '/', '?', '#']);
        if (end < 0 || value[end] != ':')
        {
            return; // relative
        }

        var scheme = value[..(end + 1)].ToLowerInvariant();
        Assert.True(SafeSchemes.Contains(scheme) && !(isImage && scheme == "mailto:"), $"unsafe URL {url} {because}");
    }

    [GeneratedRegex("^(language-[A-Za-z0-9_+#-]{1,30}|footnotes|footnote-ref|footnote-back-ref|task-list-item|contains-task-list|task-list-item-checkbox|mention|proposal-link|quote|quote__title|align-left|align-center|align-right)$")]
    private static partial Regex AllowedClass();

    [GeneratedRegex("^fn(ref)?-[0-9a-f]{6}-[0-9]{1,4}$")]
    private static partial Regex FootnoteId();
}
