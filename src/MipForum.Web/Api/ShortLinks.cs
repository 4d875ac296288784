using Mediator;
using MipForum.Application.Features.Threads;

namespace MipForum.Web.Api;

internal static class ShortLinks
{
    /// <summary>/t/{id} (as people paste it) redirects permanently to the canonical /t/{slug}/{id}.</summary>
    public static IEndpointRouteBuilder MapShortLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/t/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetThreadSlugQuery(id), ct) is { } slug
                ? Results.Redirect($"/t/{slug}/{id}", permanent: true)
                : Results.NotFound());
        return endpoints;
    }
}
