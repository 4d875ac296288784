using Mediator;
using MipForum.Application.Features.Markdown;

namespace MipForum.Web.Api;

internal static class MarkdownEndpoints
{
    public sealed record PreviewRequest(string? Raw);

    /// <summary>POST /api/v1/preview {raw} → {cooked}: byte for byte what storing the text would produce.</summary>
    public static RouteGroupBuilder MapMarkdownEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/preview", async (PreviewRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new PreviewMarkdownQuery(request.Raw ?? string.Empty), ct)))
            .WithMetadata(new Security.RateWindowAttribute(Security.RateWindow.Preview));
        return api;
    }
}
