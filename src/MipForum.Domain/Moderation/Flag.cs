using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Domain.Moderation;

/// <summary>A member's flag on a post, with the weight their standing gave it when they raised it.</summary>
public sealed class Flag
{
    public const int MessageMaxLength = 1000;

    private Flag()
    {
    }

    public const int AddressHashMaxLength = 64;

    internal Flag(Post post, Member flagger, FlagReason reason, string? message, int weight, DateTimeOffset at, string? addressHash)
    {
        AddressHash = addressHash;
        Post = post;
        Flagger = flagger;
        Reason = reason;
        Message = message;
        Weight = weight;
        CreatedAt = at;
        Status = FlagStatus.Pending;
    }

    public int Id { get; private set; }

    public int PostId { get; private set; }

    public Post Post { get; private set; } = null!;

    public int FlaggerId { get; private set; }

    public Member Flagger { get; private set; } = null!;

    public FlagReason Reason { get; private set; }

    public string? Message { get; private set; }

    public int Weight { get; private set; }

    public FlagStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set => field = value.ToUniversalTime(); }

    /// <summary>A keyed hash of the client address the flag came from (never the address itself); null when unknown.</summary>
    public string? AddressHash { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set => field = value?.ToUniversalTime(); }

    public bool IsPending => Status == FlagStatus.Pending;

    /// <summary>The flagger raises a flag they had retracted again, as a new pending flag.</summary>
    internal void Raise(FlagReason reason, string? message, int weight, DateTimeOffset at, string? addressHash)
    {
        AddressHash = addressHash;
        Reason = reason;
        Message = message;
        Weight = weight;
        CreatedAt = at;
        Status = FlagStatus.Pending;
        ResolvedAt = null;
    }

    internal void Resolve(FlagStatus status, DateTimeOffset at)
    {
        Status = status;
        ResolvedAt = at;
    }
}
