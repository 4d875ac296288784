using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace MipForum.Infrastructure.Markdown;

/// <summary>
/// The second line of defence after the markdown layer: an explicit allow-list of elements, attributes and URL
/// schemes. HtmlSanitizer's defaults are too wide for posts (forms, buttons, style attributes, image maps).
/// </summary>
internal static partial class PostHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "del", "s", "mark", "ins", "sub", "sup",
        "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
        "div", "aside", "input",
    ];

    private static readonly string[] Attributes = ["href", "src", "alt", "title", "class", "id", "start", "type", "checked", "disabled"];

    [ThreadStatic]
    private static HtmlParser? _parser;

    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        // The default factory builds a new browsing context for every call, which is most of the sanitizer's cost.
        // A parser is not shared between threads, so each thread keeps its own.
        sanitizer.HtmlParserFactory = static () => _parser ??= new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(Configuration.Default));
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
            {
                Tighten(element);
            }
        };
        return sanitizer;
    }

    private static void Tighten(IElement element)
    {
        // Classes only for what the renderer emits, so a post cannot borrow the site's own UI styles.
        if (element.GetAttribute("class") is { } classes)
        {
            var kept = string.Join(' ', classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => AllowedClass().IsMatch(c)));
            if (kept.Length == 0)
            {
                element.RemoveAttribute("class");
            }
            else
            {
                element.SetAttribute("class", kept);
            }
        }

        // Ids only for footnotes: other ids could clobber the page's own DOM names.
        if (element.GetAttribute("id") is { } id && !FootnoteId().IsMatch(id))
        {
            element.RemoveAttribute("id");
        }

        // Only the task-list checkbox, always disabled: a post is not a form.
        if (element.LocalName == "input")
        {
            if (element.GetAttribute("type") != "checkbox")
            {
                element.Remove();
                return;
            }

            element.SetAttribute("disabled", "disabled");
        }
        else if (element.HasAttribute("type") && element.LocalName != "ol")
        {
            element.RemoveAttribute("type");
        }

        if (element.LocalName != "input")
        {
            element.RemoveAttribute("checked");
            element.RemoveAttribute("disabled");
        }

        if (element.LocalName == "a" && element.GetAttribute("href") is { } href && IsExternal(href))
        {
            element.SetAttribute("rel", "nofollow ugc noopener");
        }

        if (element.LocalName == "img")
        {
            element.SetAttribute("loading", "lazy");
            element.SetAttribute("referrerpolicy", "no-referrer");
            if (element.GetAttribute("src") is { } src && src.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                element.RemoveAttribute("src");
            }
        }
    }

    private static bool IsExternal(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("^(language-[A-Za-z0-9_+#-]{1,30}|footnotes|footnote-ref|footnote-back-ref|task-list-item|contains-task-list|task-list-item-checkbox|mention|proposal-link|quote|quote__title|align-left|align-center|align-right)$")]
    private static partial Regex AllowedClass();

    [GeneratedRegex("^fn(ref)?-[0-9a-f]{6}-[0-9]{1,4}$")]
    private static partial Regex FootnoteId();
}
