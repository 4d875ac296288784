using MipForum.Application.Common;
using Mediator;
using MipForum.Application.Features.Proposals;
using MipForum.Domain.Proposals;

namespace MipForum.Web.Api;

internal static class ProposalWritingEndpoints
{
    public sealed record DraftRequest(string? ParentCode, string? Title, string? Summary, Dictionary<string, string>? Sections, IReadOnlyList<string>? CoAuthors, IReadOnlyList<string>? Tags);

    public sealed record UpdateRequest(string? Title, string? Summary, Dictionary<string, string>? Sections, string? Body, int? Version, string? Reason, bool? Override);

    public sealed record PublishRequest(DateTimeOffset? At);

    public sealed record TransitionRequest(string? To, string? Reason, bool? Override);

    public sealed record LinkRequest(string? OtherCode, string? Relation);

    public sealed record CoAuthorRequest(string? UserName);

    /// <summary>Templates, drafting, publishing and the lifecycle: the same Mediator requests as the pages.</summary>
    public static RouteGroupBuilder MapProposalWritingEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/templates/{componentCode}", async (string componentCode, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetTemplateQuery(componentCode), ct) is { } template
                ? Results.Ok(template)
                : ApiResults.NotFound($"No component has the code {componentCode}; use a component code such as MIP41c5, or 'general' for a new MIP."))
            .Produces<TemplateView>();

        api.MapGet("/proposals/{code}.md", ProposalDocumentAsync).Produces<string>(StatusCodes.Status200OK, "text/markdown");
        api.MapGet("/proposals/{code}/annexes/{file}.md", AnnexDocumentAsync).Produces<string>(StatusCodes.Status200OK, "text/markdown");

        api.MapGet("/proposals/drafts", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ListMyDraftsQuery(), ct)));

        api.MapGet("/proposals/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetProposalForEditingQuery(id), ct) is { } proposal
                ? Results.Ok(proposal)
                : ApiResults.NotFound($"No proposal {id} that you can edit."))
            .Produces<EditableProposal>();

        api.MapPost("/proposals", async (DraftRequest request, ISender sender, CancellationToken ct) =>
        {
            var draft = await sender.Send(new DraftProposalCommand(request.ParentCode, request.Title ?? string.Empty, request.Summary, request.Sections, request.CoAuthors, request.Tags), ct);
            return TypedResults.Created(ForumLinks.Api.Draft(draft.Id), draft);
        });

        api.MapPut("/proposals/{id:int}", async (int id, UpdateRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(
                new UpdateProposalCommand(id, request.Title ?? string.Empty, request.Summary, request.Sections, request.Body, request.Version ?? 0, request.Reason, request.Override ?? false), ct)));

        api.MapPost("/proposals/{id:int}/publish", async (int id, PublishRequest? request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new PublishProposalCommand(id, request?.At), ct)));

        api.MapPost("/proposals/{code}/transitions", async (string code, TransitionRequest request, ISender sender, CancellationToken ct) =>
        {
            var to = ApiResults.ParseEnum<ProposalStatus>(request.To, "to")
                ?? throw new Application.Common.Exceptions.RequestValidationException("to", "Say which status to move to, e.g. \"FormalSubmission\".");
            var entry = await sender.Send(new MoveProposalCommand(code, to, request.Reason ?? string.Empty, request.Override ?? false), ct);
            return TypedResults.Created(ForumLinks.Api.Proposal(ProposalCode.Parse(code).ToString()), entry);
        });
        api.MapPost("/proposals/{id:int}/co-authors", async (int id, CoAuthorRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new AddCoAuthorCommand(id, request.UserName ?? string.Empty), ct)));

        api.MapPost("/proposals/{code}/links", async (string code, LinkRequest request, ISender sender, CancellationToken ct) =>
        {
            var relation = ApiResults.ParseEnum<ProposalRelation>(request.Relation, "relation") ?? ProposalRelation.Related;
            var related = await sender.Send(new LinkProposalsCommand(code, request.OtherCode ?? string.Empty, relation), ct);
            // The canonical code, never the raw route value: "MIP39%0D%0A" would put a line break in the Location header.
            return TypedResults.Created(ForumLinks.Api.Proposal(ProposalCode.Parse(code).ToString()), related);
        });

        // The other proposal's authors accept a proposed link (then their page shows it); either side's authors remove one.
        api.MapPost("/proposals/{code}/links/{otherCode}/accept", async (string code, string otherCode, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new AcceptProposalLinkCommand(code, otherCode), ct);
            return TypedResults.NoContent();
        });

        api.MapDelete("/proposals/{code}/links/{otherCode}", async (string code, string otherCode, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new RemoveProposalLinkCommand(code, otherCode), ct);
            return TypedResults.NoContent();
        });
        return api;
    }

    /// <summary>The document in the MIPs repository's format (also served at /proposals/{code}.md for readers).</summary>
    public static async Task<IResult> ProposalDocumentAsync(string code, ISender sender, CancellationToken ct) =>
        await sender.Send(new GetProposalDocumentQuery(code), ct) is { } document
            ? Results.Text(document, "text/markdown; charset=utf-8")
            : ApiResults.NotFound($"No proposal has the code {code}.");

    /// <summary>An annex exactly as imported, so it goes back to the repository at the same path.</summary>
    public static async Task<IResult> AnnexDocumentAsync(string code, string file, ISender sender, CancellationToken ct) =>
        await sender.Send(new GetProposalAnnexQuery(code, file), ct) is { } annex
            ? Results.Text(annex.Markdown, "text/markdown; charset=utf-8")
            : ApiResults.NotFound($"{code} has no annex {file}.md.");
}
