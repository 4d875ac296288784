using AngleSharp.Html.Parser;

namespace MipForum.Application.Tests.Markdown;

/// <summary>Parses cooked HTML as a browser would and checks that nothing in it can run script.</summary>
internal static class SafeHtmlAssert
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    public static void IsInert(string html)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, new[] { "script", "svg", "math", "iframe", "object", "embed", "style", "form", "input", "button" });
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} on <{element.LocalName}>");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src")
                {
                    var value = attribute.Value.Trim();
                    var colon = value.IndexOf(':', StringComparison.Ordinal);
                    var slash = value.IndexOf('/', StringComparison.Ordinal);
                    var relative = value.StartsWith('#') || value.StartsWith('/') || value.StartsWith('?');
                    var hasScheme = !relative && colon > 0 && (slash < 0 || colon < slash);
                    Assert.True(!hasScheme || SafeSchemes.Any(s => value.StartsWith(s, StringComparison.OrdinalIgnoreCase)), $"unsafe URL {value}");
                }
            }
        }
    }
}
