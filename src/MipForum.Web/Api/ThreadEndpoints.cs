using Mediator;
using MipForum.Application.Features.Threads;

namespace MipForum.Web.Api;

internal static class ThreadEndpoints
{
    public static RouteGroupBuilder MapThreadEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/threads", async (string? page, string? category, string? tag, string? status, string? sort, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ListLatestThreadsQuery(
                ApiResults.PageOrFirst(page),
                string.IsNullOrWhiteSpace(category) ? null : category,
                string.IsNullOrWhiteSpace(tag) ? null : tag,
                ApiResults.ParseEnum<MipForum.Domain.Proposals.ProposalStatus>(status, "status"),
                ApiResults.ParseEnum<ThreadSort>(sort, "sort") ?? ThreadSort.Latest), ct)));

        api.MapGet("/threads/{id:int}", async (int id, string? page, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetThreadQuery(id, ApiResults.PageOrFirst(page)), ct) is { } thread
                ? Results.Ok(thread)
                : ApiResults.NotFound($"No thread has the id {id}."))
            .Produces<ThreadDetail>();
        return api;
    }
}
