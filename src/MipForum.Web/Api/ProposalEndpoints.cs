using Mediator;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Proposals;
using MipForum.Domain.Proposals;

namespace MipForum.Web.Api;

internal static class ProposalEndpoints
{
    public static RouteGroupBuilder MapProposalEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/proposals", async (string? page, string? status, string? kind, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ListProposalsQuery(ApiResults.PageOrFirst(page), ParseEnum<ProposalStatus>(status, "status"), ParseEnum<ProposalKind>(kind, "kind")), ct)));

        api.MapGet("/proposals/{code}", async (string code, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetProposalQuery(code), ct) is { } proposal
                ? Results.Ok(proposal)
                : ApiResults.NotFound($"No proposal has the code {code}."));
        return api;
    }

    // Accepts the wire form ("formal-submission") as well as the enum name ("FormalSubmission").
    private static TEnum? ParseEnum<TEnum>(string? value, string field)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Enum.TryParse<TEnum>(value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new RequestValidationException(field, $"'{value}' is not a known {field}.");
    }
}
