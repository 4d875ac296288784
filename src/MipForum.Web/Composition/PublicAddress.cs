using Microsoft.AspNetCore.HostFiltering;

namespace MipForum.Web.Composition;

/// <summary>
/// <c>Forum:PublicUrl</c>, the address members reach the forum at (https://forum.example.org). When it is set and
/// <c>AllowedHosts</c> is left at "*", only its host is allowed, so requests naming another host get 400 from the host
/// filter instead of pages built for that host. A value that is not an absolute http(s) URL stops the start.
/// </summary>
internal static class PublicAddress
{
    public const string Key = "Forum:PublicUrl";

    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        if (Read(configuration) is not { } publicUrl)
        {
            return services;
        }

        services.PostConfigure<HostFilteringOptions>(options =>
        {
            if (options.AllowedHosts.Count == 0 || options.AllowedHosts.All(h => h == "*"))
            {
                options.AllowedHosts = [publicUrl.IdnHost];
            }
        });
        return services;
    }

    public static Uri? Read(IConfiguration configuration)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw new InvalidOperationException($"{Key} must be an absolute http or https address such as https://forum.example.org, not '{value}'.");
    }
}
