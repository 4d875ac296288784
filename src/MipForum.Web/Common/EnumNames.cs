namespace MipForum.Web.Common;

/// <summary>
/// Reads an enum from a query string or request field by its name only: "formal-submission" (as the API writes it),
/// "Formal Submission" (as pages show it) or "FormalSubmission". Numbers are refused: Enum.TryParse reads "3" as the
/// fourth status, and "-1" with its dash taken out as the second.
/// </summary>
internal static class EnumNames
{
    public static bool TryParse<TEnum>(string? value, out TEnum parsed)
        where TEnum : struct, Enum
    {
        parsed = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var name = value.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return name.Length > 0 && name.All(char.IsAsciiLetter)
            && Enum.TryParse(name, ignoreCase: true, out parsed) && Enum.IsDefined(parsed);
    }
}
