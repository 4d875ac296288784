using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;

namespace MipForum.Web.Composition;

/// <summary><c>Forum:PublicUrl</c>, the address members reach the forum at (https://forum.example.org).</summary>
internal sealed class PublicAddressOptions
{
    public const string SectionName = "Forum";

    public string? PublicUrl { get; set; }

    /// <summary>The address, or null when unset; a value that is not an absolute http(s) URL never gets past the start.</summary>
    public Uri? Url => Parse(PublicUrl);

    public static Uri? Parse(string? value) =>
        !string.IsNullOrWhiteSpace(value) && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : null;
}

/// <summary>
/// When <c>Forum:PublicUrl</c> is set and <c>AllowedHosts</c> is left at "*", only its host is allowed, so requests
/// naming another host get 400 from the host filter instead of pages built for that host. A value that is not an
/// absolute http(s) URL stops the start.
/// </summary>
internal static class PublicAddress
{
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<PublicAddressOptions>(configuration, PublicAddressOptions.SectionName)
            .Validate(
                o => string.IsNullOrWhiteSpace(o.PublicUrl) || o.Url is not null,
                "Forum:PublicUrl must be an absolute http or https address such as https://forum.example.org.");
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<PublicAddressOptions>>((options, address) =>
        {
            if (address.Value.Url is { } publicUrl && (options.AllowedHosts.Count == 0 || options.AllowedHosts.All(h => h == "*")))
            {
                options.AllowedHosts = [publicUrl.IdnHost];
            }
        });
        return services;
    }
}
