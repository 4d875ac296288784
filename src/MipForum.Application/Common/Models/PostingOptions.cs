namespace MipForum.Application.Common.Models;

/// <summary>Posting rules bound from <c>Forum:Posts</c>.</summary>
public sealed class PostingOptions
{
    public const string SectionName = "Forum:Posts";

    /// <summary>Edits within this many seconds of the previous version replace it without keeping a revision (typo fixes).</summary>
    public int EditGraceSeconds { get; set; } = 300;
}
