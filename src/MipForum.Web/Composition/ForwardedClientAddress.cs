using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;

namespace MipForum.Web.Composition;

/// <summary><c>Forum:ForwardedHeaders:KnownProxies</c>: the reverse proxies' addresses, separated by commas.</summary>
internal sealed class ForwardedHeadersSettings
{
    public const string SectionName = "Forum:ForwardedHeaders";

    public string? KnownProxies { get; set; }

    public IReadOnlyList<string> Entries =>
        (KnownProxies ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The proxies; every entry is an address once the start has checked them.</summary>
    public IReadOnlyList<IPAddress> Proxies => [.. Entries.Select(IPAddress.Parse)];
}

/// <summary>
/// Behind a reverse proxy every connection comes from the proxy, so the sign-in throttle, the write limits and the flag
/// address hash would see one caller. <c>Forum:ForwardedHeaders:KnownProxies</c> names the proxies whose
/// X-Forwarded-For and X-Forwarded-Proto are believed; from anyone else the headers are ignored, so a client cannot
/// pick its own address. Unset, nothing is forwarded. An entry that is not an address stops the start.
/// </summary>
internal static class ForwardedClientAddress
{
    public static IServiceCollection AddForwardedClientAddress(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<ForwardedHeadersSettings>(configuration, ForwardedHeadersSettings.SectionName)
            .Validate(
                o => o.Entries.All(entry => IPAddress.TryParse(entry, out _)),
                "Forum:ForwardedHeaders:KnownProxies must list IP addresses (the reverse proxies'), separated by commas.");
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.Value.Proxies)
            {
                options.KnownProxies.Add(proxy);
            }
        });
        return services;
    }

    public static IApplicationBuilder UseForwardedClientAddress(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Entries.Count > 0 ? app.UseForwardedHeaders() : app;
}
