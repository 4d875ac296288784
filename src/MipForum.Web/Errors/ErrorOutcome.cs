namespace MipForum.Web.Errors;

/// <summary>
/// How the forum answers one exception, on every door: the API's problem details, a page's status code and error page,
/// and an island's or form's message. Built only by <see cref="ErrorTable"/>.
/// </summary>
/// <param name="Status">The HTTP status the API and the error page answer.</param>
/// <param name="Type">The problem type URI (RFC 9457 <c>type</c>): a tag URI, not meant to be fetched.</param>
/// <param name="Title">The problem's short, fixed title per kind.</param>
/// <param name="Message">What a member may read (the forum's own wording); null when nothing about the cause may be shown.</param>
/// <param name="FieldErrors">Per-field messages, keyed as the API names fields (camelCase, <c>sections[Heading]</c>).</param>
/// <param name="Remedy">Whether to fix the input, sign in, reload or retry.</param>
/// <param name="RetryAfter">When <see cref="ErrorRemedy.Retry"/> is worth it (the Retry-After header).</param>
/// <param name="IsRefusal">True for the forum's own refusals, which forms and islands show in place; false for failures, which go to the error page.</param>
public sealed record ErrorOutcome(
    int Status,
    string Type,
    string Title,
    string? Message,
    IReadOnlyDictionary<string, string[]> FieldErrors,
    ErrorRemedy Remedy,
    TimeSpan? RetryAfter,
    bool IsRefusal)
{
    /// <summary>Retry-After in whole seconds, at least one, as the header and the problem's <c>retryAfter</c> carry it.</summary>
    public int? RetryAfterSeconds => RetryAfter is { } wait ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : null;

    /// <summary>The remedy as the API spells it: <c>none</c>, <c>fix-input</c>, <c>sign-in</c>, <c>reload</c>, <c>retry</c>.</summary>
    public string RemedyName => Remedy switch
    {
        ErrorRemedy.FixInput => "fix-input",
        ErrorRemedy.SignIn => "sign-in",
        ErrorRemedy.Reload => "reload",
        ErrorRemedy.Retry => "retry",
        _ => "none",
    };
}
