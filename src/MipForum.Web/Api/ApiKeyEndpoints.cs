using Mediator;
using MipForum.Application.Features.ApiKeys;
using MipForum.Domain.Members;

namespace MipForum.Web.Api;

/// <summary>The signed-in member's personal API keys (a cookie or a session token; never another key).</summary>
internal static class ApiKeyEndpoints
{
    public sealed record CreateApiKeyRequest(string? Name, string? Scope);

    public static RouteGroupBuilder MapApiKeyEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/account/api-keys", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListMyApiKeysQuery(), ct)));

        api.MapPost("/account/api-keys", async (CreateApiKeyRequest request, ISender sender, CancellationToken ct) =>
        {
            var created = await sender.Send(new CreateApiKeyCommand(request.Name ?? string.Empty, ApiResults.ParseEnum<ApiKeyScope>(request.Scope, "scope") ?? ApiKeyScope.Read), ct);
            return TypedResults.Created("/api/v1/account/api-keys", created);
        });

        api.MapDelete("/account/api-keys/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new RevokeApiKeyCommand(id), ct);
            return TypedResults.NoContent();
        });
        return api;
    }
}
