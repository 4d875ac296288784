using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Mediator;
using MipForum.Application.Features.Feeds;

namespace MipForum.Web.Feeds;

/// <summary>
/// RSS 2.0 feeds, written by System.ServiceModel.Syndication from the application's feed read models (which leave out
/// what not everyone may read): /latest.rss, /c/{category}.rss, /t/{id}.rss, /u/{userName}.rss and /proposals.rss.
/// Links are absolute, on <c>Forum:PublicUrl</c> when it is set, else on the address the request came to.
/// </summary>
internal static class FeedEndpoints
{
    private const string ContentType = "application/rss+xml; charset=utf-8";

    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/latest.rss", async (HttpContext http, ISender sender, CancellationToken ct) =>
            Rss(http, await sender.Send(new GetThreadsFeedQuery(), ct)));
        endpoints.MapGet("/c/{category}.rss", async (string category, HttpContext http, ISender sender, CancellationToken ct) =>
            Rss(http, await sender.Send(new GetThreadsFeedQuery(category), ct)));
        endpoints.MapGet("/t/{id:int}.rss", async (int id, HttpContext http, ISender sender, CancellationToken ct) =>
            Rss(http, await sender.Send(new GetPostsFeedQuery(ThreadId: id), ct)));
        endpoints.MapGet("/u/{userName}.rss", async (string userName, HttpContext http, ISender sender, CancellationToken ct) =>
            Rss(http, await sender.Send(new GetPostsFeedQuery(UserName: userName), ct)));
        endpoints.MapGet("/proposals.rss", async (HttpContext http, ISender sender, CancellationToken ct) =>
            Rss(http, await sender.Send(new GetProposalsFeedQuery(), ct)));
        return endpoints;
    }

    private static IResult Rss(HttpContext http, Feed? feed)
    {
        if (feed is null)
        {
            return Results.NotFound();
        }

        var site = SiteIndexEndpoints.SiteOf(http);
        Uri Absolute(string path) => new(site, path);

        var syndication = new SyndicationFeed(feed.Title, feed.Description, Absolute(feed.PagePath))
        {
            Language = "en",
            LastUpdatedTime = feed.Items.Count > 0 ? feed.Items.Max(i => i.Published) : DateTimeOffset.UnixEpoch,
            Items = feed.Items.Select(item =>
            {
                var entry = new SyndicationItem(item.Title, SyndicationContent.CreateHtmlContent(AbsoluteLinks.In(item.Html, site)), Absolute(item.Path), item.Id, item.Published)
                {
                    PublishDate = item.Published,
                };

                // RSS 2.0's <author> is an e-mail address, which the forum never publishes: the name goes in dc:creator,
                // as Discourse's feeds do.
                entry.ElementExtensions.Add("creator", DublinCore, item.AuthorName);
                return entry;
            }).ToList(),
        };
        syndication.AttributeExtensions.Add(new System.Xml.XmlQualifiedName("dc", "http://www.w3.org/2000/xmlns/"), DublinCore);

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, Async = false }))
        {
            new Rss20FeedFormatter(syndication, serializeExtensionsAsAtom: false).WriteTo(writer);
        }

        return Results.Bytes(buffer.ToArray(), ContentType);
    }
}
