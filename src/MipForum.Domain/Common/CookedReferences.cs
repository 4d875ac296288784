namespace MipForum.Domain.Common;

/// <summary>
/// What cooked HTML refers to, returned by the cooker next to the HTML so that notifications and the posting rules
/// never read the markup back: the members it links as mentions, the posts its quotes link to, and every link that
/// leaves the forum and every image (read from the final href and src attributes, in whatever form the markdown wrote
/// them: a scheme such as http: or mailto:, "//host", "/\host").
/// </summary>
public sealed record CookedReferences(
    IReadOnlyList<string> MentionedUserNames,
    IReadOnlyList<QuotedPost> QuotedPosts,
    IReadOnlyList<string> ExternalLinks,
    IReadOnlyList<string> Images)
{
    /// <summary>Text that refers to nothing: no mention, quote, outside link or image.</summary>
    public static CookedReferences None { get; } = new([], [], [], []);
}

/// <summary>A post a quote names and links to.</summary>
public readonly record struct QuotedPost(int ThreadId, int PostNumber);
