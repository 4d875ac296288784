using Microsoft.AspNetCore.Antiforgery;

namespace MipForum.Web.Api;

/// <summary>
/// API writes authenticated by the browser's cookie could be forged by another site; they must carry an
/// antiforgery token (header RequestVerificationToken) or use a bearer token instead.
/// </summary>
internal sealed class CookieApiWritesNeedAntiforgery(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var isWrite = !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method);
        var byCookie = http.User.Identity?.IsAuthenticated == true && !Security.ForumSchemes.HasBearerToken(http);
        if (isWrite && byCookie && !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Antiforgery token missing.",
                detail: "API writes signed in with the browser cookie need an antiforgery token in the RequestVerificationToken header; API clients should use a bearer token.");
        }

        return await next(context);
    }
}
