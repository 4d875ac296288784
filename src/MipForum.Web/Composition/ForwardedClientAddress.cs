using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MipForum.Web.Composition;

/// <summary>
/// Behind a reverse proxy every connection comes from the proxy, so the sign-in throttle, the write limits and the flag
/// address hash would see one caller. <c>Forum:ForwardedHeaders:KnownProxies</c> (comma-separated addresses) names the
/// proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; from anyone else the headers are ignored, so a
/// client cannot pick its own address. Unset, nothing is forwarded. An entry that is not an address stops the start.
/// </summary>
internal static class ForwardedClientAddress
{
    public const string Key = "Forum:ForwardedHeaders:KnownProxies";

    public static IServiceCollection AddForwardedClientAddress(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Proxies(configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }
        });
        return services;
    }

    public static IApplicationBuilder UseForwardedClientAddress(this IApplicationBuilder app, IConfiguration configuration) =>
        Proxies(configuration).Count > 0 ? app.UseForwardedHeaders() : app;

    private static List<IPAddress> Proxies(IConfiguration configuration) =>
        (configuration[Key] ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => IPAddress.TryParse(entry, out var address)
                ? address
                : throw new InvalidOperationException($"{Key} lists '{entry}', which is not an IP address. List the reverse proxies' addresses, separated by commas."))
            .ToList();
}
