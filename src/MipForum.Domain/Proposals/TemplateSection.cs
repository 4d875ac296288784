using System.Text.RegularExpressions;

namespace MipForum.Domain.Proposals;

/// <summary>
/// One section a subproposal template prescribes: its heading (level 2 or 3, as in the MIPs repository), whether it
/// must be filled, help for the author, and optionally a format the text must contain (Core Unit ID: <c>ABC-001</c>).
/// A group heading (<see cref="IsGroup"/>, e.g. "Specification") only holds the level-3 sections under it.
/// </summary>
public sealed record TemplateSection(
    string Heading,
    int Level,
    bool Required,
    string Help,
    string? FormatPattern = null,
    string? FormatHint = null,
    bool IsGroup = false)
{
    /// <summary>The error for a section's text, or null when it is acceptable.</summary>
    public string? Check(string? text)
    {
        if (IsGroup)
        {
            return null;
        }

        var value = text?.Trim() ?? string.Empty;
        if (!Common.VisibleText.HasVisibleMarkdown(value))
        {
            // Text of zero-width or other invisible characters only would show as an empty section.
            return Required ? $"{Heading} is required." : value.Length == 0 ? null : $"{Heading} has no visible text: write something or leave it empty.";
        }

        if (FormatPattern is not null
            && !Regex.IsMatch(value, FormatPattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)))
        {
            return $"{Heading} must contain {FormatHint ?? "the expected format"}.";
        }

        return null;
    }
}
