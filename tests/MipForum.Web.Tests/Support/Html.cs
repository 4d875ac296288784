using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MipForum.Web.Tests.Support;

internal static class Html
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>The redirect target as a site path, whether the server wrote it absolute or relative.</summary>
    public static string? LocalRedirect(this HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery
        : location.ToString();

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? string.Empty;
}
