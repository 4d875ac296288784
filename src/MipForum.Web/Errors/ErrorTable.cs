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

    // One row per kind of answer: status, kind, title and remedy, read by both the exception table and the status table,
    // so a framework 404 and a NotFoundException can never drift apart.
    private static readonly Kind Invalid = new(400, "invalid", "The request is not valid.", ErrorRemedy.FixInput);
    private static readonly Kind NotSignedIn = new(401, "not-signed-in", "Sign in first.", ErrorRemedy.SignIn);
    private static readonly Kind NotAllowed = new(403, "not-allowed", "Not allowed.", ErrorRemedy.None);
    private static readonly Kind Missing = new(404, "not-found", "Not found.", ErrorRemedy.None);
    private static readonly Kind WrongMethod = new(405, "method-not-allowed", "This address does not take that method (see Allow).", ErrorRemedy.FixInput);
    private static readonly Kind WrongMediaType = new(415, "unsupported-media-type", "Send the body as application/json.", ErrorRemedy.FixInput);
    private static readonly Kind Stale = new(409, "stale-version", "Changed in the meantime.", ErrorRemedy.Reload);
    private static readonly Kind Rule = new(409, "rule", "The request breaks a forum rule.", ErrorRemedy.None);
    private static readonly Kind TooFast = new(429, "too-fast", "Too many requests.", ErrorRemedy.Retry);
    private static readonly Kind Busy = new(503, "busy", "Busy, try again.", ErrorRemedy.Retry);

    public static ErrorOutcome For(Exception exception) => exception switch
    {
        RequestValidationException invalid => Invalid.Refusal(null, fields: invalid.Errors),
        NotSignedInException => NotSignedIn.Refusal(exception.Message),
        ForbiddenException or NotPermittedException => NotAllowed.Refusal(exception.Message),
        NotFoundException => Missing.Refusal(exception.Message),
        StaleVersionException => Stale.Refusal(exception.Message),
        DomainRuleException => Rule.Refusal(exception.Message),
        TooManyRequestsException tooFast => TooFast.Refusal(exception.Message, tooFast.RetryAfter),
        BusyException busy => Busy.Refusal(exception.Message, busy.RetryAfter),

        // Not the forum's own refusals: no form shows them in place.
        BadHttpRequestException bad => Unreadable(bad.StatusCode),
        _ => Unexpected(500),
    };

    /// <summary>
    /// The outcome of a status the framework answered without an exception of ours (no such address, a refused sign-in,
    /// the rate limiter, the cookie handler): the same rows as the exceptions that mean the same.
    /// </summary>
    public static ErrorOutcome ForStatus(int status) => status switch
    {
        400 => Invalid.Refusal(null),
        401 => NotSignedIn.Refusal(null),
        403 => NotAllowed.Refusal(null),
        404 => Missing.Refusal(null),
        405 => WrongMethod.Refusal(null),
        409 => Rule.Refusal(null),
        415 => WrongMediaType.Refusal(null),
        429 => TooFast.Refusal(null),
        503 => Busy.Refusal(null),
        >= 400 and < 500 => Unreadable(status),
        _ => Unexpected(status),
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

    private static ErrorOutcome Unreadable(int status) =>
        new(status, TypePrefix + "unreadable", "The request could not be read.", null, NoFields, ErrorRemedy.None, null, IsRefusal: false);

    private static ErrorOutcome Unexpected(int status) =>
        new(status, TypePrefix + "unexpected", "Something went wrong on our side.", null, NoFields, ErrorRemedy.None, null, IsRefusal: false);

    private sealed record Kind(int Status, string Name, string Title, ErrorRemedy Remedy)
    {
        public ErrorOutcome Refusal(string? message, TimeSpan? retryAfter = null, IReadOnlyDictionary<string, string[]>? fields = null) =>
            new(Status, TypePrefix + Name, Title, message, fields ?? NoFields, Remedy, retryAfter, IsRefusal: true);
    }
}
