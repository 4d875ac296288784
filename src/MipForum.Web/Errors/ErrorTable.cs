using MipForum.Application.Common.Exceptions;
using MipForum.Domain.Common;

namespace MipForum.Web.Errors;

/// <summary>
/// The one table from exceptions to outcomes. The API's problem details (ApiExceptionHandler), the status a page answers
/// (UseExceptionHandler's StatusCodeSelector), the error page's text and every form and island (ServerForm) read it, so a
/// rule violation is the same 409 with the same message through every door, and a new exception type is added once.
/// </summary>
public static class ErrorTable
{
    private const string TypePrefix = "tag:mipforum,2026:problem:";

    private static readonly IReadOnlyDictionary<string, string[]> NoFields = new Dictionary<string, string[]>();

    public static ErrorOutcome For(Exception exception) => exception switch
    {
        RequestValidationException invalid => Refusal(400, "invalid", "The request is not valid.", null, ErrorRemedy.FixInput, fields: invalid.Errors),
        NotSignedInException => Refusal(401, "not-signed-in", "Sign in first.", exception.Message, ErrorRemedy.SignIn),
        ForbiddenException or NotPermittedException => Refusal(403, "not-allowed", "Not allowed.", exception.Message, ErrorRemedy.None),
        NotFoundException => Refusal(404, "not-found", "Not found.", exception.Message, ErrorRemedy.None),
        StaleVersionException => Refusal(409, "stale-version", "Changed in the meantime.", exception.Message, ErrorRemedy.Reload),
        DomainRuleException => Refusal(409, "rule", "The request breaks a forum rule.", exception.Message, ErrorRemedy.None),
        TooManyRequestsException tooFast => Refusal(429, "too-fast", "Too many requests.", exception.Message, ErrorRemedy.Retry, tooFast.RetryAfter),
        BusyException busy => Refusal(503, "busy", "Busy, try again.", exception.Message, ErrorRemedy.Retry, busy.RetryAfter),

        // Not the forum's own refusals: no form shows them in place.
        BadHttpRequestException bad => new(bad.StatusCode, TypePrefix + "unreadable", "The request could not be read.", null, NoFields, ErrorRemedy.None, null, IsRefusal: false),
        _ => new(500, TypePrefix + "unexpected", "Something went wrong on our side.", null, NoFields, ErrorRemedy.None, null, IsRefusal: false),
    };

    /// <summary>
    /// The outcome of a status the framework answered without an exception of ours (no such address, a refused sign-in,
    /// the rate limiter, the cookie handler): the same kinds and remedies as the exceptions that mean the same.
    /// </summary>
    public static ErrorOutcome ForStatus(int status) => status switch
    {
        400 => Refusal(400, "invalid", "The request is not valid.", null, ErrorRemedy.FixInput),
        401 => Refusal(401, "not-signed-in", "Sign in first.", null, ErrorRemedy.SignIn),
        403 => Refusal(403, "not-allowed", "Not allowed.", null, ErrorRemedy.None),
        404 => Refusal(404, "not-found", "Not found.", null, ErrorRemedy.None),
        409 => Refusal(409, "rule", "The request breaks a forum rule.", null, ErrorRemedy.None),
        429 => Refusal(429, "too-fast", "Too many requests.", null, ErrorRemedy.Retry),
        503 => Refusal(503, "busy", "Busy, try again.", null, ErrorRemedy.Retry),
        >= 400 and < 500 => new(status, TypePrefix + "unreadable", "The request could not be read.", null, NoFields, ErrorRemedy.None, null, IsRefusal: false),
        _ => new(status, TypePrefix + "unexpected", "Something went wrong on our side.", null, NoFields, ErrorRemedy.None, null, IsRefusal: false),
    };

    /// <summary>Whether a problem's type is already one of the table's (written from an outcome, not by the framework).</summary>
    public static bool IsForumType(string? type) => type?.StartsWith(TypePrefix, StringComparison.Ordinal) == true;

    /// <summary>The forum's own refusal, for a catch filter: <c>catch (Exception e) when (ErrorTable.IsRefusal(e, out var outcome))</c>.</summary>
    public static bool IsRefusal(Exception exception, out ErrorOutcome outcome)
    {
        outcome = For(exception);
        return outcome.IsRefusal;
    }

    /// <summary>The type URI of a kind, for clients and tests that switch on it (e.g. <c>stale-version</c>, <c>busy</c>).</summary>
    public static string TypeOf(string kind) => TypePrefix + kind;

    private static ErrorOutcome Refusal(int status, string kind, string title, string? message, ErrorRemedy remedy, TimeSpan? retryAfter = null, IReadOnlyDictionary<string, string[]>? fields = null) =>
        new(status, TypePrefix + kind, title, message, fields ?? NoFields, remedy, retryAfter, IsRefusal: true);
}
