using MipForum.Application.Common;
using Mediator;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Models;
using MipForum.Application.Features.Threads;
using MipForum.Web.Common;

namespace MipForum.Web.Api;

internal static class ShortLinks
{
    /// <summary>
    /// Permanent redirects to canonical URLs: /t/{id} (as people paste it) to /t/{slug}/{id}, and
    /// /t/{id}/posts/{n} (what quotes link to) to the page holding post n, scrolled to it.
    /// </summary>
    public static IEndpointRouteBuilder MapShortLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/t/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
            await sender.Send(new GetThreadSlugQuery(id), ct) is { } slug
                ? Results.Redirect(ForumLinks.Thread(id, slug), permanent: true)
                : Results.NotFound());

        endpoints.MapGet("/t/{id:int}/posts/{number:int:min(1)}", async (int id, int number, ISender sender, IOptions<PagingOptions> paging, CancellationToken ct) =>
            await sender.Send(new GetThreadSlugQuery(id), ct) is { } slug
                ? Results.Redirect(ForumLinks.Post(id, slug, number, paging.Value.PostsPerPage), permanent: true)
                : Results.NotFound());

        // The moderation log and notifications know a post by its id.
        endpoints.MapGet("/p/{id:int}", async (int id, ISender sender, IOptions<PagingOptions> paging, CancellationToken ct) =>
            await sender.Send(new Application.Features.Posts.LocatePostQuery(id), ct) is { } post
                ? Results.Redirect(ForumLinks.Post(post.ThreadId, post.ThreadSlug, post.Number, paging.Value.PostsPerPage))
                : Results.NotFound());

        // A GET that marks the caller's own notification read, then goes to its post. Safe as a link: it is
        // idempotent, only ever touches the caller's own notification, and a forged request only marks one read.
        // Another member's notification, or none, is the NotFoundException the one error path answers with a 404 page.
        endpoints.MapGet("/notifications/{id:int:min(1)}/open", async (int id, HttpContext context, ISender sender, CancellationToken ct) =>
        {
            // A link from an e-mail or an old tab: an anonymous reader signs in first and comes back here.
            if (context.User.Identity?.IsAuthenticated != true)
            {
                return Results.Redirect(ForumLinks.SignIn(ForumLinks.OpenNotification(id)));
            }

            var target = await sender.Send(new Application.Features.Notifications.OpenNotificationCommand(id), ct);
            return target switch
            {
                { DraftId: { } draft } => Results.Redirect(ForumLinks.EditDraft(draft)),
                { ProposalCode: { } code } => Results.Redirect($"{ForumLinks.Proposal(code)}#related-title"),
                _ => Results.Redirect(ForumLinks.PostById(target.ThreadId, target.PostNumber)),
            };
        });
        return endpoints;
    }
}
