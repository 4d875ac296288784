using System.Globalization;
using System.Text.Json;

namespace MipForum.Application.Features.Threads.Import;

/// <summary>
/// Reads Discourse's topic JSON. Tolerant of what versions of Discourse differ in (tags as names or as objects, the
/// like count in <c>actions_summary</c> or <c>like_count</c>), strict about what the import cannot do without: ids,
/// numbers, authors and times. A file that is not a topic is an error the report shows, never a partial import.
/// </summary>
public static class DiscourseTopicReader
{
    private const int LikeAction = 2;

    public static DiscourseTopic Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
        }
        catch (JsonException invalid)
        {
            throw new FormatException($"Not JSON: {invalid.Message}");
        }

        using (document)
        {
            var topic = document.RootElement;
            if (topic.ValueKind != JsonValueKind.Object || !topic.TryGetProperty("post_stream", out var stream) || stream.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("Not a Discourse topic: it has no post_stream (export it from /t/{id}.json?include_raw=true).");
            }

            var posts = stream.TryGetProperty("posts", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(ReadPost).ToList()
                : [];
            var inStream = stream.TryGetProperty("stream", out var ids) && ids.ValueKind == JsonValueKind.Array ? ids.GetArrayLength() : posts.Count;
            var id = Long(topic, "id") ?? posts.Select(p => p.TopicId).FirstOrDefault(t => t is not null) ?? throw new FormatException("The topic has no id.");
            return new DiscourseTopic(
                id,
                // A page of posts (/t/{id}/posts.json) has no title: the topic's first page gives it.
                Text(topic, "title") ?? Text(topic, "fancy_title"),
                Text(topic, "slug") ?? string.Empty,
                Time(topic, "created_at") ?? posts.Select(p => (DateTimeOffset?)p.CreatedAt).Min() ?? DateTimeOffset.MinValue,
                Long(topic, "category_id"),
                Tags(topic),
                Bool(topic, "closed"),
                posts,
                inStream);
        }
    }

    private static DiscoursePost ReadPost(JsonElement post, int index)
    {
        var where = $"post {index + 1} of the file";
        return new DiscoursePost(
            Long(post, "id") ?? throw new FormatException($"{where} has no id."),
            (int)(Long(post, "post_number") ?? throw new FormatException($"{where} has no post_number.")),
            UserName(post) ?? throw new FormatException($"{where} has no username (or one longer than {MaxUserNameLength} characters)."),
            Text(post, "name"),
            Time(post, "created_at") ?? throw new FormatException($"{where} has no created_at."),
            Time(post, "updated_at"),
            Long(post, "reply_to_post_number") is { } replyTo ? (int)replyTo : null,
            (int)(Long(post, "version") ?? 1),
            Text(post, "raw"),
            Text(post, "cooked"),
            Likes(post),
            (int)(Long(post, "post_type") ?? 1),
            Time(post, "deleted_at"),
            Bool(post, "user_deleted"),
            Bool(post, "hidden"))
        {
            TopicId = Long(post, "topic_id"),
        };
    }

    /// <summary>Discourse allows 60 characters at most; anything longer is not a Discourse name.</summary>
    public const int MaxUserNameLength = 60;

    private static string? UserName(JsonElement post) =>
        Text(post, "username") is { } name && IsUserName(name) ? name : null;

    /// <summary>What Discourse allows in a user name (letters of any script, digits, '_', '.', '-'), at most 60 characters.</summary>
    public static bool IsUserName(string name) =>
        name.Length is > 0 and <= MaxUserNameLength && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark);

    private static int Likes(JsonElement post)
    {
        if (Long(post, "like_count") is { } count)
        {
            return (int)Math.Clamp(count, 0, Domain.Discussions.Post.MaxImportedLikes);
        }

        if (post.TryGetProperty("actions_summary", out var actions) && actions.ValueKind == JsonValueKind.Array)
        {
            foreach (var action in actions.EnumerateArray())
            {
                if (action.ValueKind == JsonValueKind.Object && Long(action, "id") == LikeAction)
                {
                    return (int)Math.Clamp(Long(action, "count") ?? 0, 0, Domain.Discussions.Post.MaxImportedLikes);
                }
            }
        }

        return 0;
    }

    // Discourse sends tags as names; newer versions can send objects with a name.
    private static List<string> Tags(JsonElement topic) =>
        topic.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
            ? tags.EnumerateArray()
                .Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : t.ValueKind == JsonValueKind.Object ? Text(t, "name") : null)
                .OfType<string>()
                .ToList()
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Long(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    private static bool Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        Text(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
