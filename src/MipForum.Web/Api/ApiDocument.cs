using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace MipForum.Web.Api;

/// <summary>
/// The API's OpenAPI document at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi, from the endpoints' own
/// metadata: every endpoint names its success type, and the group adds the problem-details answers every endpoint can
/// give) and its reference page at <c>/api</c> (Scalar). The bearer scheme is declared once for the whole document.
/// </summary>
internal static class ApiDocument
{
    public const string Path = "/openapi/v1.json";

    public static IServiceCollection AddForumApiDocument(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "MipForum API",
                    Version = "v1",
                    Description = "Threads, posts, proposals, moderation, polls and search. Errors are RFC 9457 problem details with `type`, `remedy` and, for invalid input, `errors` per field. Sign in with `POST /api/v1/auth/token` and send `Authorization: Bearer <accessToken>`.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An access token from POST /api/v1/auth/token.",
                };
                return Task.CompletedTask;
            });
        });

    /// <summary>The problem-details answers any endpoint of the group may give, declared once for all of them.</summary>
    public static RouteGroupBuilder WithProblemAnswers(this RouteGroupBuilder group)
    {
        foreach (var status in new[] { 400, 401, 403, 404, 409, 429, 503 })
        {
            group.ProducesProblem(status);
        }

        return group;
    }

    public static IEndpointRouteBuilder MapForumApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        endpoints.MapScalarApiReference("/api", options => options.WithTitle("MipForum API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts()); // no fonts from another origin: the CSP allows none
        return endpoints;
    }
}
