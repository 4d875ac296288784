namespace MipForum.Domain.Common;

/// <summary>
/// Markdown source together with the sanitized HTML cooked from it once, on write, and whether that HTML has an image or
/// a link that leaves the forum in any form (a scheme such as http: or mailto:, "//host", "/\host"), found by the cooker
/// in the final href and src attributes, not in the source text. A positional parameter, not an optional one: whoever
/// makes a CookedMarkdown must say, so the new-account link rule cannot be passed by a value that forgot to.
/// </summary>
public sealed record CookedMarkdown(string Markdown, string Html, bool HasExternalLinkOrImage);
