namespace MipForum.Domain.Common;

/// <summary>
/// Markdown source together with the sanitized HTML cooked from it once, on write, the text a reader reads in that HTML
/// (<see cref="Text"/>: what search indexes, without markup), and what that HTML refers to (<see cref="CookedReferences"/>),
/// as the cooker found it. A positional parameter, not an optional one: whoever makes a
/// CookedMarkdown must say what it refers to, so the new-account link rule cannot be passed by a value that forgot to.
/// </summary>
public sealed record CookedMarkdown(string Markdown, string Html, string Text, CookedReferences References)
{
    /// <summary>Whether the HTML shows an image or links away from the forum: what the new-account link rule reads.</summary>
    public bool HasExternalLinkOrImage => References.ExternalLinks.Count > 0 || References.Images.Count > 0;
}
