using MipForum.Domain.Members;

namespace MipForum.Domain.Discussions;

/// <summary>One member's like of one post (unique per pair).</summary>
public sealed class PostLike
{
    private PostLike()
    {
    }

    internal PostLike(Post post, Member member, DateTimeOffset now)
    {
        Post = post;
        Member = member;
        LikedAt = now;
    }

    public int PostId { get; private set; }

    public Post Post { get; private set; } = null!;

    public int MemberId { get; private set; }

    public Member Member { get; private set; } = null!;

    public DateTimeOffset LikedAt { get; private set => field = value.ToUniversalTime(); }
}
