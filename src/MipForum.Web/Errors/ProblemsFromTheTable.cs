using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace MipForum.Web.Errors;

/// <summary>
/// The last step of every problem details answer, whoever wrote it: an exception through <c>ApiExceptionHandler</c>, an
/// endpoint's <c>TypedResults.Problem</c>, the rate limiter or the status-code pages for an empty API answer. A problem
/// without one of the table's types gets the type and remedy the table gives its status, and the Retry-After header in
/// the body too, so a client reads one shape whichever layer refused it.
/// </summary>
public static class ProblemsFromTheTable
{
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!ErrorTable.IsForumType(problem.Type))
        {
            var outcome = ErrorTable.ForStatus(status);
            problem.Type = outcome.Type;
            problem.Title = string.IsNullOrEmpty(problem.Title) || IsFrameworkTitle(problem.Title, status) ? outcome.Title : problem.Title;
            problem.Extensions.TryAdd("remedy", outcome.RemedyName);
        }

        // Every problem that asks the caller to sign in says how (RFC 9110 §11.6.1), whoever wrote it.
        if (problem.Extensions.TryGetValue("remedy", out var remedy) && remedy is "sign-in" && !context.HttpContext.Response.HasStarted)
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        }

        if (!problem.Extensions.ContainsKey("retryAfter")
            && int.TryParse(context.HttpContext.Response.Headers.RetryAfter.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            problem.Extensions["retryAfter"] = seconds;
        }
    }

    // ASP.NET's defaults are the HTTP reason phrases ("Not Found", "Unauthorized") and the validation title: the table's
    // words replace them, an endpoint's own title ("Sign-in failed.") stays.
    private static bool IsFrameworkTitle(string title, int status) =>
        string.Equals(title, ReasonPhrases.GetReasonPhrase(status), StringComparison.Ordinal)
        || title.StartsWith("One or more validation errors", StringComparison.Ordinal);
}
