using Mediator;
using MipForum.Application.Features.Members;

namespace MipForum.Web.Api;

internal static class MemberEndpoints
{
    public sealed record RolesRequest(IReadOnlyList<string>? Roles);

    public sealed record ClaimRequest(string? Member, string? Reason);

    public static RouteGroupBuilder MapMemberEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCurrentMemberQuery(), ct)));

        api.MapGet("/notifications", async (string? page, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new MipForum.Application.Features.Notifications.ListNotificationsQuery(ApiResults.PageOrFirst(page)), ct)));

        api.MapPost("/notifications/read", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(new { marked = await sender.Send(new MipForum.Application.Features.Notifications.MarkNotificationsReadCommand(), ct) }));

        api.MapGet("/users/{userName}", async (string userName, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetMemberProfileQuery(userName), ct) is { } profile
                ? Results.Ok(profile)
                : ApiResults.NotFound($"No member is called {userName}."))
            .Produces<MipForum.Application.Features.Members.MemberProfile>();

        api.MapPut("/users/{userName}/roles", async (string userName, RolesRequest request, ISender sender, CancellationToken ct) =>
        {
            var roles = await sender.Send(new ChangeMemberRolesCommand(userName, request.Roles ?? []), ct);
            return TypedResults.Ok(new { userName, roles });
        });
        // An admin gives an imported author's posts to the member who showed they are that author.
        api.MapPost("/users/{userName}/claim", async (string userName, ClaimRequest request, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ClaimImportedAuthorCommand(userName, request.Member ?? string.Empty, request.Reason ?? string.Empty), ct)));
        return api;
    }
}
