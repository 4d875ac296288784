using Mediator;
using MipForum.Application.Common;
using MipForum.Application.Features.Polls;
using MipForum.Domain.Polls;

namespace MipForum.Web.Api;

internal static class PollEndpoints
{
    public sealed record RuleRequest(string? Kind, decimal? Share, decimal? MinimumWeight);

    public sealed record CreatePollRequest(
        string? Type,
        string? Question,
        IReadOnlyList<string>? Options,
        DateTimeOffset? OpensAt,
        DateTimeOffset? ClosesAt,
        string? ResultsVisibility,
        string? Weighting,
        int? SnapshotId,
        RuleRequest? Rule,
        bool? OfferAbstain);

    public sealed record BallotRequest(IReadOnlyList<int>? Choices);

    public sealed record DelegationRequest(string? To, DateTimeOffset? ExpiresAt);

    /// <summary>Signal polls, ballots, weight snapshots and delegation: the same Mediator messages the pages send.</summary>
    public static RouteGroupBuilder MapPollEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/threads/{id:int}/polls", async (int id, CreatePollRequest request, ISender sender, CancellationToken ct) =>
        {
            var type = ApiResults.ParseEnum<PollType>(request.Type, "type") ?? PollType.Binary;
            var rule = request.Rule is { } r
                ? new OutcomeRule(ApiResults.ParseEnum<OutcomeRuleKind>(r.Kind, "rule.kind") ?? OutcomeRule.DefaultFor(type).Kind, r.Share ?? OutcomeRule.DefaultShare, r.MinimumWeight)
                : null;
            var created = await sender.Send(new CreatePollCommand(
                id, type, request.Question ?? string.Empty, request.Options,
                request.ClosesAt ?? default, // refused by the validator ("closesAt"), after the pipeline's sign-in check
                request.OpensAt,
                ApiResults.ParseEnum<ResultsVisibility>(request.ResultsVisibility, "resultsVisibility") ?? ResultsVisibility.Live,
                ApiResults.ParseEnum<PollWeighting>(request.Weighting, "weighting") ?? PollWeighting.Member,
                request.SnapshotId, rule, request.OfferAbstain ?? false), ct);
            return TypedResults.Created(ForumLinks.Api.Poll(created.Id), created);
        });

        api.MapGet("/polls", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListPollsQuery(), ct)));

        api.MapGet("/polls/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetPollQuery(id), ct) is { } poll ? Results.Ok(poll) : ApiResults.NotFound($"No poll {id}."))
            .Produces<PollView>();

        api.MapPut("/polls/{id:int}/ballot", async (int id, BallotRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new CastBallotCommand(id, request.Choices ?? []), ct)));

        api.MapDelete("/polls/{id:int}/ballot", async (int id, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new WithdrawBallotCommand(id), ct);
            return TypedResults.NoContent();
        });

        api.MapGet("/polls/{id:int}/ballots.csv", async (int id, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetPollBallotsQuery(id), ct) is { } csv
                ? Results.Text(csv, "text/csv; charset=utf-8")
                : ApiResults.NotFound($"No poll {id}."))
            .Produces<string>(StatusCodes.Status200OK, "text/csv");

        // The body is the CSV itself; the label travels in the query string (?label=MKR at block 13,500,000).
        api.MapPost("/admin/weight-snapshots", async (HttpRequest http, string? label, ISender sender, CancellationToken ct) =>
        {
            using var reader = new StreamReader(http.Body);
            var snapshot = await sender.Send(new UploadWeightSnapshotCommand(label ?? string.Empty, await reader.ReadToEndAsync(ct)), ct);
            return TypedResults.Created(ForumLinks.Api.WeightSnapshot(snapshot.Id), snapshot);
        });

        api.MapPut("/me/delegation", async (DelegationRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new SetDelegationCommand(request.To ?? string.Empty, request.ExpiresAt), ct)));

        api.MapDelete("/me/delegation", async (ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new RevokeDelegationCommand(), ct);
            return TypedResults.NoContent();
        });

        api.MapGet("/delegates/{userName}", async (string userName, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetDelegateQuery(userName), ct) is { } view ? Results.Ok(view) : ApiResults.NotFound($"No member @{userName}."))
            .Produces<DelegateView>();
        return api;
    }
}
