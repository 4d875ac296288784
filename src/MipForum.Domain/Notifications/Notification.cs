using MipForum.Domain.Members;

namespace MipForum.Domain.Notifications;

public enum NotificationKind
{
    Mentioned = 0,
    Replied = 1,
    Quoted = 2,
    Liked = 3,

    /// <summary>The member's post was hidden (by flags pending review, or by a moderator).</summary>
    PostHidden = 4,

    /// <summary>The member's post was removed by a moderator.</summary>
    PostRemoved = 5,

    /// <summary>A moderator granted the member's appeal: the post is shown again.</summary>
    AppealGranted = 6,

    /// <summary>A moderator upheld the decision the member appealed.</summary>
    AppealUpheld = 7,
}

/// <summary>Something a member should know about: they were mentioned, replied to, quoted or liked.</summary>
public sealed class Notification
{
    private Notification()
    {
    }

    private Notification(int recipientId, int actorId, NotificationKind kind, int threadId, int postNumber, DateTimeOffset now)
    {
        RecipientId = recipientId;
        ActorId = actorId;
        Kind = kind;
        ThreadId = threadId;
        PostNumber = postNumber;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public int RecipientId { get; private set; }

    public Member Recipient { get; private set; } = null!;

    public int ActorId { get; private set; }

    public Member Actor { get; private set; } = null!;

    public NotificationKind Kind { get; private set; }

    public int ThreadId { get; private set; }

    /// <summary>The post that caused it (the reply, the mention, the liked post).</summary>
    public int PostNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Nobody is notified of their own actions; returns null then.</summary>
    public static Notification? Create(int recipientId, int actorId, NotificationKind kind, int threadId, int postNumber, DateTimeOffset now) =>
        recipientId == actorId ? null : new Notification(recipientId, actorId, kind, threadId, postNumber, now);

    /// <summary>
    /// Tells the author what moderation did to their post. The actor is the author themselves: who flagged is not
    /// disclosed, and the public moderation log names the moderator.
    /// </summary>
    public static Notification AboutModeration(int authorId, NotificationKind kind, int threadId, int postNumber, DateTimeOffset now) =>
        new(authorId, authorId, kind, threadId, postNumber, now);

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
