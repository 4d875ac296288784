namespace MipForum.Application.Features.Threads.Import;

/// <summary>The address of the forum topics are imported from: it keys placeholders and threads, and makes original links.</summary>
public static class DiscourseSource
{
    public const int MaxLength = 200;

    public static bool IsValid(string? source) =>
        source is not null && source.Length <= MaxLength
        && Uri.TryCreate(source.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo);

    /// <summary>One spelling per forum ("https://Forum.example.org/" is "https://forum.example.org"), so a re-import finds what it made.</summary>
    public static string Normalize(string source)
    {
        var uri = new Uri(source.Trim(), UriKind.Absolute);
        return (uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + uri.AbsolutePath).TrimEnd('/');
    }

    /// <summary>The topic's address there. The slug comes from the file, so it is escaped and cut short: it can only name a path segment.</summary>
    public static string TopicUrl(string source, string slug, long topicId)
    {
        var segment = slug.Length == 0 ? "-" : Uri.EscapeDataString(slug.Length > 100 ? slug[..100] : slug);
        return FormattableString.Invariant($"{source}/t/{segment}/{topicId}");
    }

    public static string PostUrl(string source, string slug, long topicId, int number) =>
        FormattableString.Invariant($"{TopicUrl(source, slug, topicId)}/{number}");

    public static string UserUrl(string source, string userName) => $"{source}/u/{Uri.EscapeDataString(userName)}";
}
