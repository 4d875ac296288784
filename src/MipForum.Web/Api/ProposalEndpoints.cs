using Mediator;
using MipForum.Application.Features.Proposals;
using MipForum.Domain.Proposals;

namespace MipForum.Web.Api;

internal static class ProposalEndpoints
{
    public static RouteGroupBuilder MapProposalEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/proposals", async (string? page, string? status, string? kind, string? parent, string? tag, string? author, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(
                new ListProposalsQuery(ApiResults.PageOrFirst(page), ApiResults.ParseEnum<ProposalStatus>(status, "status"), ApiResults.ParseEnum<ProposalKind>(kind, "kind"), parent, tag, author), ct)));

        api.MapGet("/proposals/counts", async (string? kind, string? parent, string? tag, string? author, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new CountProposalsByStatusQuery(ApiResults.ParseEnum<ProposalKind>(kind, "kind"), parent, tag, author), ct)));

        api.MapGet("/proposals/{code}", async (string code, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetProposalQuery(code), ct) is { } proposal
                ? Results.Ok(proposal)
                : ApiResults.NotFound($"No proposal has the code {code}."))
            .Produces<ProposalDetail>();
        return api;
    }
}
