namespace MipForum.Web.Api;

internal static class ApiResults
{
    public static IResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: detail);

    /// <summary>Accepts the wire form ("formal-submission") as well as the enum name ("FormalSubmission"), never a number; empty means none.</summary>
    public static TEnum? ParseEnum<TEnum>(string? value, string field)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Common.EnumNames.TryParse<TEnum>(value, out var parsed)
            ? parsed
            : throw new MipForum.Application.Common.Exceptions.RequestValidationException(field, $"'{value}' is not a known {field}. Send its name, such as '{NameExample<TEnum>()}'.");
    }

    private static string NameExample<TEnum>()
        where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(Enum.GetNames<TEnum>()[0]);

    /// <summary>An absent or non-numeric ?page= means page 1; a number is validated by the query itself.</summary>
    public static int PageOrFirst(string? page) =>
        int.TryParse(page, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 1;
}
