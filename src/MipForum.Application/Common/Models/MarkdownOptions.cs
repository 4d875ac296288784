namespace MipForum.Application.Common.Models;

/// <summary>
/// How long a post may be, before and after cooking; bound from <c>Forum:Markdown</c>. A business limit (the composer
/// counts against it, the cooker refuses above it), so it lives with the other limits, not with the renderer.
/// </summary>
public sealed class MarkdownOptions
{
    public const string SectionName = "Forum:Markdown";

    /// <summary>Longest markdown source accepted, in characters.</summary>
    public int MaxSourceLength { get; set; } = 32_000;

    /// <summary>Largest cooked HTML stored, in characters: a small source can expand (tables, autolinks).</summary>
    public int MaxCookedLength { get; set; } = 400_000;
}
