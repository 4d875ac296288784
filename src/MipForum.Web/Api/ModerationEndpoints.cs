using MipForum.Application.Common;
using Mediator;
using MipForum.Application.Features.Moderation;
using MipForum.Domain.Moderation;

namespace MipForum.Web.Api;

internal static class ModerationEndpoints
{
    public sealed record FlagRequest(string? Reason, string? Message);

    public sealed record ReviewRequest(string? Decision, string? Action, string? Note, int? SilenceDays);

    public sealed record BulkReviewRequest(IReadOnlyList<int>? ItemIds, string? Decision, string? Action, string? Note, int? SilenceDays);

    public sealed record ReasonRequest(string? Reason, string? Category, int? Seconds);

    public sealed record SanctionRequest(DateTimeOffset? Until, string? Reason);

    public sealed record TrustRequest(int? Level, string? Reason);

    public sealed record AppealRequest(string? Message);

    public sealed record AppealDecisionRequest(string? Decision, string? Note);

    /// <summary>Flags, the review queue, direct actions and the public log: the same requests as the pages.</summary>
    public static RouteGroupBuilder MapModerationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/posts/{id:int}/flags", async (int id, FlagRequest request, ISender sender, CancellationToken ct) =>
        {
            var reason = ApiResults.ParseEnum<FlagReason>(request.Reason, "reason")
                ?? throw new Application.Common.Exceptions.RequestValidationException("reason", "Choose a reason: off-topic, inappropriate, spam, illegal or something-else.");
            return TypedResults.Created(ForumLinks.Api.Post(id), await sender.Send(new FlagPostCommand(id, reason, request.Message), ct));
        });

        api.MapDelete("/posts/{id:int}/flags", async (int id, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new RetractFlagCommand(id), ct);
            return TypedResults.NoContent();
        });

        api.MapGet("/review", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListReviewQueueQuery(), ct)));

        api.MapPost("/review/{itemId:int}", async (int itemId, ReviewRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(Decide([itemId], request.Decision, request.Action, request.Note, request.SilenceDays), ct)));

        api.MapPost("/review", async (BulkReviewRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(Decide(request.ItemIds ?? [], request.Decision, request.Action, request.Note, request.SilenceDays), ct)));

        foreach (var (verb, action) in new[] { ("hide", PostModeration.Hide), ("unhide", PostModeration.Unhide), ("delete", PostModeration.Remove), ("restore", PostModeration.Restore) })
        {
            api.MapPost($"/posts/{{id:int}}/{verb}", async (int id, ReasonRequest request, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ModeratePostCommand(id, action, request.Reason ?? string.Empty), ct);
                return TypedResults.NoContent();
            });
        }

        foreach (var (verb, action) in new[] { ("lock", ThreadModeration.Lock), ("unlock", ThreadModeration.Unlock), ("pin", ThreadModeration.Pin), ("unpin", ThreadModeration.Unpin), ("move", ThreadModeration.Move), ("slow-mode", ThreadModeration.SlowMode) })
        {
            api.MapPost($"/threads/{{id:int}}/{verb}", async (int id, ReasonRequest request, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ModerateThreadCommand(id, action, request.Reason ?? string.Empty, request.Category, request.Seconds), ct);
                return TypedResults.NoContent();
            });
        }

        foreach (var (verb, suspend) in new[] { ("silence", false), ("suspend", true) })
        {
            api.MapPost($"/users/{{userName}}/{verb}", async (string userName, SanctionRequest request, ISender sender, CancellationToken ct) =>
            {
                var until = request.Until ?? throw new Application.Common.Exceptions.RequestValidationException("until", "Say until when.");
                await sender.Send(new SanctionMemberCommand(userName, suspend, until, request.Reason ?? string.Empty), ct);
                return TypedResults.NoContent();
            });
        }

        api.MapPut("/users/{userName}/trust", async (string userName, TrustRequest request, ISender sender, CancellationToken ct) =>
        {
            // An undefined level is the command validator's to refuse ("level"), as for the page.
            await sender.Send(new SetTrustLevelCommand(userName, (TrustLevel?)request.Level, request.Reason), ct);
            return TypedResults.NoContent();
        });

        api.MapPost("/posts/{id:int}/appeal", async (int id, AppealRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Created("/api/v1/appeals", await sender.Send(new AppealModerationCommand(id, request.Message ?? string.Empty), ct)));

        api.MapGet("/appeals", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListAppealsQuery(), ct)));

        api.MapPost("/appeals/{id:int}", async (int id, AppealDecisionRequest request, ISender sender, CancellationToken ct) =>
        {
            var grant = request.Decision?.ToLowerInvariant() switch
            {
                "grant" => true,
                "uphold" => false,
                _ => throw new Application.Common.Exceptions.RequestValidationException("decision", "Say grant or uphold."),
            };
            await sender.Send(new DecideAppealCommand(id, grant, request.Note ?? string.Empty), ct);
            return TypedResults.NoContent();
        });

        api.MapGet("/moderation-log", async (string? page, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetModerationLogQuery(ApiResults.PageOrFirst(page)), ct)));
        return api;
    }

    private static DecideReviewCommand Decide(IReadOnlyList<int> ids, string? decision, string? action, string? note, int? silenceDays) =>
        new(
            ids,
            ApiResults.ParseEnum<ReviewDecision>(decision, "decision")
                ?? throw new Application.Common.Exceptions.RequestValidationException("decision", "Say agree, disagree or defer."),
            note ?? string.Empty,
            Remove: string.Equals(action, "delete", StringComparison.OrdinalIgnoreCase) || string.Equals(action, "remove", StringComparison.OrdinalIgnoreCase),
            silenceDays);
}
