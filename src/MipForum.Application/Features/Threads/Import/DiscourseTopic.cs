namespace MipForum.Application.Features.Threads.Import;

/// <summary>One file to import: its name (for the report) and its text, a topic in the shape of Discourse's <c>/t/{id}.json?include_raw=true</c>.</summary>
public sealed record DiscourseTopicFile(string Name, string Json);

/// <summary>A topic as read from a file: what the import uses of Discourse's JSON.</summary>
/// <param name="Title">Null for a page of posts (<c>/t/{id}/posts.json</c>): the topic's first page gives it.</param>
public sealed record DiscourseTopic(
    long Id,
    string? Title,
    string Slug,
    DateTimeOffset CreatedAt,
    long? CategoryId,
    IReadOnlyList<string> Tags,
    bool Closed,
    IReadOnlyList<DiscoursePost> Posts,
    int PostsInStream);

/// <summary>A post as read from a file. <see cref="Raw"/> is null when the export did not include it.</summary>
public sealed record DiscoursePost(
    long Id,
    int Number,
    string UserName,
    string? Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    int? ReplyToNumber,
    int Version,
    string? Raw,
    string? Cooked,
    int Likes,
    int PostType,
    DateTimeOffset? DeletedAt,
    bool UserDeleted,
    bool Hidden)
{
    /// <summary>Discourse's post types: 1 regular, 2 moderator action, 3 small action (a topic event), 4 whisper (staff only).</summary>
    public const int SmallAction = 3;

    public const int Whisper = 4;

    /// <summary>The topic the post says it belongs to (a page of posts names its topic only here).</summary>
    public long? TopicId { get; init; }
}
