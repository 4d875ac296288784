using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MipForum.Infrastructure.Identity;
using MipForum.Web.Common;

namespace MipForum.Web.Api;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a POST from a form (antiforgery-checked because it binds [FromForm]); never a link.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async ([FromForm] string? returnUrl, SignInManager<ForumUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
        return endpoints;
    }
}
