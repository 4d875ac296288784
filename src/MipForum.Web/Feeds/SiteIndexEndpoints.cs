using System.Globalization;
using System.Text;
using System.Xml;
using Mediator;
using Microsoft.Extensions.Options;
using MipForum.Application.Common;
using MipForum.Application.Features.Feeds;
using MipForum.Web.Composition;

namespace MipForum.Web.Feeds;

/// <summary>
/// What search engines read: /sitemap.xml (every thread and published proposal, with when it last changed) and
/// /robots.txt (the account, admin and API pages kept out, the sitemap named). Absolute addresses on the public address.
/// </summary>
internal static class SiteIndexEndpoints
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSiteIndex(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var site = SiteOf(http);
            using var buffer = new MemoryStream();
            using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            {
                writer.WriteStartElement("urlset", SitemapNamespace);
                foreach (var entry in await sender.Send(new ListSitemapEntriesQuery(), ct))
                {
                    writer.WriteStartElement("url", SitemapNamespace);
                    writer.WriteElementString("loc", SitemapNamespace, new Uri(site, entry.Path).AbsoluteUri);
                    writer.WriteElementString("lastmod", SitemapNamespace, entry.LastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
        });

        endpoints.MapGet("/robots.txt", (HttpContext http) => Results.Text(
            $"""
            User-agent: *
            Disallow: /account/
            Disallow: /admin/
            Disallow: /api/
            Disallow: {ForumLinks.Notifications}
            Disallow: {ForumLinks.ReviewQueue}

            Sitemap: {new Uri(SiteOf(http), "/sitemap.xml").AbsoluteUri}

            """,
            "text/plain; charset=utf-8"));
        return endpoints;
    }

    /// <summary><c>Forum:PublicUrl</c> when it is set, else the address the request came to.</summary>
    public static Uri SiteOf(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<PublicAddressOptions>>().Value.Url ?? new Uri($"{http.Request.Scheme}://{http.Request.Host}/");
}
