using Mediator;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Search;
using MipForum.Domain.Proposals;

namespace MipForum.Web.Api;

/// <summary>
/// <c>GET /search</c>: the search page's query with its filters as parameters too (an inline filter in <c>q</c> wins);
/// <c>GET /search/suggestions</c>: what the header's search box offers while typing.
/// </summary>
internal static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/search", async (string? q, string? type, string? status, string? author, string? category, string? tag, string? before, string? after, string? page, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(
                new SearchForumQuery(
                    q,
                    new SearchFilters(
                        ApiResults.ParseEnum<SearchKind>(type, "type"),
                        Blank(author),
                        Blank(category),
                        Blank(tag),
                        ApiResults.ParseEnum<ProposalStatus>(status, "status"),
                        Day(before, "before"),
                        Day(after, "after")),
                    ApiResults.PageOrFirst(page)),
                ct)))
            .WithMetadata(new Security.RateWindowAttribute(Security.RateWindow.Search));

        api.MapGet("/search/suggestions", async (string? q, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new SuggestSearchQuery(q), ct)))
            .WithMetadata(new Security.RateWindowAttribute(Security.RateWindow.Search));
        return api;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Day(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : SearchQueryParser.TryParseDay(value, out var day) ? day
        : throw new RequestValidationException(field, $"Write {field} as year-month-day, for example 2026-01-31.");
}
