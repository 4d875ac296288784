namespace MipForum.Application.Features.Feeds;

/// <summary>
/// A feed as readers' RSS clients receive it, before it is written as RSS: paths, not absolute links (the web layer
/// prefixes the public address), and only what anyone may read (no withdrawn, removed or hidden text, no drafts).
/// </summary>
public sealed record Feed(string Title, string Description, string PagePath, IReadOnlyList<FeedItem> Items)
{
    /// <summary>How many items a feed holds: the newest, as Discourse's feeds do.</summary>
    public const int Size = 30;
}

/// <summary>One entry: <paramref name="Id"/> is stable (a post's or a thread's own id), so readers never see it twice.</summary>
public sealed record FeedItem(string Id, string Title, string Path, string Html, string AuthorName, DateTimeOffset Published);
