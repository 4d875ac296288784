namespace MipForum.Application.Common.Exceptions;

/// <summary>The request was malformed; <see cref="Errors"/> maps each field to what is wrong with it.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("One or more validation errors occurred.")
    {
        Errors = errors;
    }

    public RequestValidationException(string field, string error)
        : this(new Dictionary<string, string[]> { [field] = [error] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>
    /// The same errors with <paramref name="from"/> reported as <paramref name="to"/>: the cooker names the text it was given
    /// <c>body</c>; a use case whose input has another name (the preview's <c>raw</c>, a proposal's <c>sections</c>) says so.
    /// </summary>
    public RequestValidationException Renamed(string from, string to) =>
        Errors.ContainsKey(from)
            ? new(Errors.GroupBy(e => e.Key == from ? to : e.Key).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray()))
            : this;
}
