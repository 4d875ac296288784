namespace MipForum.Web.Composition;

/// <summary>
/// An API answer that left the pipeline as a bare error status (the cookie handler's 401 or 403, a 405, a 404 outside
/// the API's fallback) gets a problem details body, so API clients never receive the HTML not-found page or nothing.
/// The body is completed by <see cref="Errors.ProblemsFromTheTable"/> like every other problem.
/// </summary>
public static class EmptyApiErrors
{
    public static IApplicationBuilder UseEmptyApiErrorsAsProblems(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            var response = context.Response;
            if (context.Request.Path.StartsWithSegments("/api") && response.StatusCode >= 400 && !response.HasStarted
                && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = response.StatusCode },
                });
            }
        });
}
