namespace MipForum.Infrastructure.Markdown;

/// <summary>Limits that keep rendering cheap; bound from <c>Forum:Markdown</c>.</summary>
public sealed class MarkdownOptions
{
    public const string SectionName = "Forum:Markdown";

    /// <summary>Longest markdown source accepted, in characters.</summary>
    public int MaxSourceLength { get; set; } = 32_000;

    /// <summary>Largest cooked HTML stored, in characters: a small source can expand (tables, autolinks).</summary>
    public int MaxCookedLength { get; set; } = 400_000;
}
