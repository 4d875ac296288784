namespace MipForum.Domain.Common;

/// <summary>Markdown source together with the sanitized HTML cooked from it once, on write.</summary>
public sealed record CookedMarkdown(string Markdown, string Html);
