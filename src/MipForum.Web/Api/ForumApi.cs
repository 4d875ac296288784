using MipForum.Web.Caching;

namespace MipForum.Web.Api;

internal static class ForumApi
{
    /// <summary>All /api/v1 endpoints. They stay thin: bind, send the same Mediator message the page sends, shape the result.</summary>
    public static IEndpointRouteBuilder MapForumApi(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/api/v1").AddEndpointFilter<CookieApiWritesNeedAntiforgery>().WithProblemAnswers()
            .CachedForAnonymousReaders(); // the policy keeps only the anonymous reads it names
        v1.MapAuthEndpoints();
        v1.MapMemberEndpoints();
        v1.MapMarkdownEndpoints();
        v1.MapProposalEndpoints();
        v1.MapProposalWritingEndpoints();
        v1.MapModerationEndpoints();
        v1.MapThreadEndpoints();
        v1.MapPostEndpoints();
        v1.MapPollEndpoints();
        v1.MapSearchEndpoints();
        v1.MapApiKeyEndpoints();

        // No fallback route: it would answer a known address with the wrong method or body type "not found". Routing
        // answers 404, 405 (with Allow) or 415 itself, and EmptyApiErrors gives each the table's problem details.
        return endpoints;
    }
}
