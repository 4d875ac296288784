using AngleSharp.Html.Parser;

namespace MipForum.Web.Feeds;

/// <summary>
/// A post's stored HTML links inside the forum by path ("/u/tkdev", "/t/4/posts/2"), which a page resolves against its
/// own address; a feed reader shows the text elsewhere, so every href and src that is a site path is made absolute on
/// the site's address. The HTML was sanitized on write and is parsed, not matched by pattern, so nothing else changes.
/// </summary>
internal static class AbsoluteLinks
{
    private static readonly HtmlParser Parser = new();

    public static string In(string html, Uri site)
    {
        if (html.Length == 0 || (!html.Contains("href=\"/", StringComparison.Ordinal) && !html.Contains("src=\"/", StringComparison.Ordinal)))
        {
            return html;
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        foreach (var element in body.QuerySelectorAll("[href], [src]"))
        {
            foreach (var attribute in new[] { "href", "src" })
            {
                // A site path ("/x"), never a protocol-relative address ("//host"), which the sanitizer already judged.
                if (element.GetAttribute(attribute) is { } value && value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
                {
                    element.SetAttribute(attribute, new Uri(site, value).AbsoluteUri);
                }
            }
        }

        return body.InnerHtml;
    }
}
