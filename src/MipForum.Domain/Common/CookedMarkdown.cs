namespace MipForum.Domain.Common;

/// <summary>Markdown source together with the sanitized HTML cooked from it once, on write.</summary>
public sealed record CookedMarkdown(string Markdown, string Html)
{
    /// <summary>
    /// The cooked HTML has an image, or a link that leaves the forum in any form (a scheme such as http: or mailto:,
    /// "//host", "/\host"): found by the cooker in the final href and src attributes, not in the source text.
    /// </summary>
    public bool HasExternalLinkOrImage { get; init; }
}
