namespace MipForum.Domain.Discussions;

/// <summary>An earlier text of a post, kept when it was edited after the grace period. Never changed.</summary>
public sealed class PostRevision
{
    private PostRevision()
    {
        Raw = string.Empty;
    }

    internal PostRevision(Post post, int version, string raw, DateTimeOffset writtenAt)
    {
        Post = post;
        Version = version;
        Raw = raw;
        WrittenAt = writtenAt;
    }

    public int Id { get; private set; }

    public int PostId { get; private set; }

    public Post Post { get; private set; } = null!;

    /// <summary>The post's version this text was.</summary>
    public int Version { get; private set; }

    public string Raw { get; private set; }

    /// <summary>When this text was written (the post's creation or the edit that produced it).</summary>
    public DateTimeOffset WrittenAt { get; private set => field = value.ToUniversalTime(); }
}
