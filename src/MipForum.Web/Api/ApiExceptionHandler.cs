using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using MipForum.Web.Errors;

namespace MipForum.Web.Api;

/// <summary>
/// Turns exceptions thrown under /api into RFC 9457 problem details from the one <see cref="ErrorTable"/>; pages fall
/// through to the error page. Every problem carries <c>remedy</c> (fix-input, sign-in, reload, retry, none), so a client
/// can tell a stale version (reload) from a busy moment (retry) without reading the text.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed Request.Path at /Error; the feature keeps the path the client asked for.
        var originalPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var outcome = ErrorTable.For(exception);
        ProblemDetails problem = outcome.FieldErrors.Count > 0
            ? new HttpValidationProblemDetails(outcome.FieldErrors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails { Detail = outcome.Message };
        problem.Status = outcome.Status;
        problem.Type = outcome.Type;
        problem.Title = outcome.Title;
        problem.Extensions["remedy"] = outcome.RemedyName;

        // WWW-Authenticate and the body's retryAfter are added by ProblemsFromTheTable, as for every problem.
        httpContext.Response.StatusCode = outcome.Status;
        if (outcome.RetryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
