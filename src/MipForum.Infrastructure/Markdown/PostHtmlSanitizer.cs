using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using MipForum.Infrastructure.Markdown.Extensions;

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
        "div", "aside", "input", "details", "summary",
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
            // URLs are checked in Tighten with the same rule as the markdown layer (cheaper than the library's
            // Uri-based check, which dominated the cost of link-heavy posts): http, https, mailto, relative.
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
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

    /// <summary>
    /// The links that leave the forum and the images sanitized HTML shows, read from the final attributes (so every
    /// markdown form counts: inline, reference, autolink, bare www., protocol-relative). The new-account gate uses them.
    /// </summary>
    public static (IReadOnlyList<string> Links, IReadOnlyList<string> Images) ExternalReferences(string sanitizedHtml)
    {
        if (!sanitizedHtml.Contains("href", StringComparison.OrdinalIgnoreCase) && !sanitizedHtml.Contains("src", StringComparison.OrdinalIgnoreCase))
        {
            return ([], []);
        }

        _parser ??= new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(Configuration.Default));
        using var document = _parser.ParseDocument(sanitizedHtml);
        var images = document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src") ?? string.Empty).ToList();
        var links = document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href") ?? string.Empty).Where(LeavesTheForum).ToList();
        return (links, images);
    }

    /// <summary>
    /// A link stays on the forum only as a path on this site ("/t/…", "posts/2"), a query or a fragment. Browsers drop
    /// tabs and line breaks anywhere, ignore spaces and controls at the ends and read "\" as "/", so the URL is read
    /// the same way before deciding: any scheme (http:, https:, mailto:) and "//host" leave the forum.
    /// </summary>
    internal static bool LeavesTheForum(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).Replace('\\', '/');
        if (cleaned.Length == 0 || cleaned[0] is '#' or '?')
        {
            return false;
        }

        if (cleaned.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var schemeEnd = cleaned.IndexOfAny([':', '/', '?', '#']);
        return schemeEnd >= 0 && cleaned[schemeEnd] == ':';
    }

    private static void Tighten(IElement element)
    {
        var name = element.LocalName;
        if (name == "input")
        {
            // Only the task-list checkbox, always disabled: a post is not a form.
            if (element.GetAttribute("type") != "checkbox")
            {
                element.Remove();
                return;
            }

            element.SetAttribute("disabled", "disabled");

            // A form control needs an accessible name (axe: label); the item's text follows the box.
            element.SetAttribute("aria-label", element.HasAttribute("checked") ? "Done" : "Not done");
        }

        // Most elements (p, li, td, strong…) carry no attributes at all: nothing more to check.
        if (element.Attributes.Length > 0)
        {
            TightenAttributes(element, name);
        }

        if (name == "img")
        {
            element.SetAttribute("loading", "lazy");
            element.SetAttribute("referrerpolicy", "no-referrer");
        }
    }

    private static void TightenAttributes(IElement element, string name)
    {
        // Classes only for what the renderer emits, so a post cannot borrow the site's own UI styles.
        if (element.GetAttribute("class") is { } classes)
        {
            var kept = string.Join(' ', classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => AllowedClass().IsMatch(c)));
            if (kept.Length == 0)
            {
                element.RemoveAttribute("class");
            }
            else if (kept != classes)
            {
                element.SetAttribute("class", kept);
            }
        }

        // Ids only for footnotes: other ids could clobber the page's own DOM names.
        if (element.GetAttribute("id") is { } id && !FootnoteId().IsMatch(id))
        {
            element.RemoveAttribute("id");
        }

        if (name != "input")
        {
            if (name != "ol" && element.HasAttribute("type"))
            {
                element.RemoveAttribute("type");
            }

            if (element.HasAttribute("checked"))
            {
                element.RemoveAttribute("checked");
            }

            if (element.HasAttribute("disabled"))
            {
                element.RemoveAttribute("disabled");
            }
        }

        if (element.GetAttribute("href") is { } href)
        {
            if (name != "a" || !SafeLinksExtension.IsSafe(href, isImage: false))
            {
                element.RemoveAttribute("href");
            }
            else if (IsExternal(href))
            {
                element.SetAttribute("rel", "nofollow ugc noopener");
            }
        }

        if (element.GetAttribute("src") is { } src && (name != "img" || !SafeLinksExtension.IsSafe(src, isImage: true)))
        {
            element.RemoveAttribute("src");
        }
    }

    private static bool IsExternal(string href) => LeavesTheForum(href) && !href.TrimStart().StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^(language-[A-Za-z0-9_+#-]{1,30}|footnotes|footnote-ref|footnote-back-ref|task-list-item|contains-task-list|task-list-item-checkbox|mention|proposal-link|quote|quote__title|align-left|align-center|align-right)$")]
    private static partial Regex AllowedClass();

    [GeneratedRegex("^fn(ref)?-[0-9a-f]{6}-[0-9]{1,4}$")]
    private static partial Regex FootnoteId();
}
