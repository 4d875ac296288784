using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;
using MipForum.Infrastructure.Identity;
using MipForum.Web.Common;

namespace MipForum.Web.Api;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a POST from a form with an antiforgery token, never a link another site could trigger.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext context, SignInManager<ForumUser> signIn) =>
            {
                if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                {
                    return Results.BadRequest("The sign-out form has expired; reload the page and try again.");
                }

                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                await signIn.SignOutAsync();
                return Results.LocalRedirect(LocalUrl.OrHome(form["returnUrl"]));
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }
}
