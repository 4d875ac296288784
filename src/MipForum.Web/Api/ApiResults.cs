namespace MipForum.Web.Api;

internal static class ApiResults
{
    public static IResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: detail);

    /// <summary>An absent or non-numeric ?page= means page 1; a number is validated by the query itself.</summary>
    public static int PageOrFirst(string? page) =>
        int.TryParse(page, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 1;
}
