using MipForum.Application.Common;
using Mediator;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;

namespace MipForum.Web.Api;

internal static class PostEndpoints
{
    public sealed record StartThreadRequest(string? Title, string? Body, string? Category, IReadOnlyList<string>? Tags, string? ProposalCode);

    public sealed record ReplyRequest(string? Body, int? ReplyToNumber);

    public sealed record EditRequest(string? Body, int? Version);

    /// <summary>Writing: the same Mediator commands the pages and islands send.</summary>
    public static RouteGroupBuilder MapPostEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/threads", async (StartThreadRequest request, ISender sender, CancellationToken ct) =>
        {
            var started = await sender.Send(new StartThreadCommand(request.Title ?? string.Empty, request.Body ?? string.Empty, request.Category ?? string.Empty, request.Tags, request.ProposalCode), ct);
            return TypedResults.Created(started.Url, started);
        });

        api.MapPost("/threads/{id:int}/posts", async (int id, ReplyRequest request, HttpRequest http, ISender sender, CancellationToken ct) =>
        {
            var key = http.Headers["Idempotency-Key"].FirstOrDefault();
            var reply = await sender.Send(new ReplyToThreadCommand(id, request.Body ?? string.Empty, request.ReplyToNumber, key), ct);
            return TypedResults.Created(ForumLinks.Api.Post(reply.Id), reply);
        });

        api.MapGet("/posts/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetPostSourceQuery(0, 0, id), ct) is { } post
                ? Results.Ok(post)
                : ApiResults.NotFound($"No post {id}, or it was withdrawn."))
            .Produces<PostSource>();

        api.MapPut("/posts/{id:int}", async (int id, EditRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new EditPostCommand(id, request.Body ?? string.Empty, request.Version ?? 0), ct)));

        api.MapDelete("/posts/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new WithdrawPostCommand(id), ct);
            return TypedResults.NoContent();
        });

        api.MapGet("/posts/{id:int}/revisions", async (int id, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetPostHistoryQuery(id), ct) is { } history
                ? Results.Ok(history)
                : ApiResults.NotFound($"No post {id}, or it was withdrawn."))
            .Produces<PostHistory>();

        api.MapPut("/posts/{id:int}/like", async (int id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new LikePostCommand(id), ct)));

        api.MapDelete("/posts/{id:int}/like", async (int id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new UnlikePostCommand(id), ct)));
        return api;
    }
}
