namespace MipForum.Web.Api;

internal static class ForumApi
{
    /// <summary>All /api/v1 endpoints. They stay thin: bind, send the same Mediator message the page sends, shape the result.</summary>
    public static IEndpointRouteBuilder MapForumApi(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/api/v1").AddEndpointFilter<CookieApiWritesNeedAntiforgery>();
        v1.MapAuthEndpoints();
        v1.MapMemberEndpoints();
        v1.MapMarkdownEndpoints();
        v1.MapProposalEndpoints();
        v1.MapProposalWritingEndpoints();
        v1.MapModerationEndpoints();
        v1.MapThreadEndpoints();
        v1.MapPostEndpoints();
        v1.MapPollEndpoints();

        // Unknown API paths answer in the API's language, not with the HTML not-found page.
        v1.MapFallback(() => ApiResults.NotFound("No such API endpoint."));
        return endpoints;
    }
}
