namespace MipForum.Web.Api;

internal static class ApiResults
{
    public static IResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: detail);

    /// <summary>Accepts the wire form ("formal-submission") as well as the enum name ("FormalSubmission"); empty means none.</summary>
    public static TEnum? ParseEnum<TEnum>(string? value, string field)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // "formal-submission" (as the API writes it) and "Formal Submission" (as pages show it) both name FormalSubmission.
        var name = value.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse<TEnum>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new MipForum.Application.Common.Exceptions.RequestValidationException(field, $"'{value}' is not a known {field}.");
    }

    /// <summary>An absent or non-numeric ?page= means page 1; a number is validated by the query itself.</summary>
    public static int PageOrFirst(string? page) =>
        int.TryParse(page, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 1;
}
