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

    /// <summary>The member's scheduled draft was not published: they no longer hold a role that publishes proposals.</summary>
    DraftNoRole = 8,

    /// <summary>The member's scheduled draft was not published: they were silenced or suspended when its time came.</summary>
    DraftSanctioned = 9,

    /// <summary>The member's scheduled draft was not published for another rule (its component closed, for example).</summary>
    DraftRefused = 10,

    /// <summary>Someone proposed a link to the member's proposal ("replaces", "related to"): it shows there only once an author accepts.</summary>
    LinkProposed = 11,
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

    public DateTimeOffset CreatedAt { get; private set => field = value.ToUniversalTime(); }

    public DateTimeOffset? ReadAt { get; private set => field = value?.ToUniversalTime(); }

    /// <summary>Nobody is notified of their own actions; returns null then.</summary>
    public static Notification? Create(int recipientId, int actorId, NotificationKind kind, int threadId, int postNumber, DateTimeOffset now) =>
        recipientId == actorId ? null : new Notification(recipientId, actorId, kind, threadId, postNumber, now);

    /// <summary>
    /// Tells the author what moderation did to their post. The actor is the author themselves: who flagged is not
    /// disclosed, and the public moderation log names the moderator.
    /// </summary>
    public static Notification AboutModeration(int authorId, NotificationKind kind, int threadId, int postNumber, DateTimeOffset now) =>
        new(authorId, authorId, kind, threadId, postNumber, now);

    /// <summary>
    /// Tells an author their scheduled draft stayed a draft. A draft has no thread yet: the notification is about the
    /// proposal (<see cref="ProposalId"/>), with no thread (0) and no post.
    /// </summary>
    public static Notification AboutUnpublishedDraft(int authorId, NotificationKind kind, int draftId, DateTimeOffset now) =>
        kind is NotificationKind.DraftNoRole or NotificationKind.DraftSanctioned or NotificationKind.DraftRefused
            ? new(authorId, authorId, kind, 0, 0, now) { ProposalId = draftId }
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a draft notification.");

    /// <summary>Tells an author of <paramref name="proposalId"/> that <paramref name="actorId"/> proposed a link to it, which waits for their acceptance.</summary>
    public static Notification? AboutProposedLink(int authorId, int actorId, int proposalId, DateTimeOffset now) =>
        authorId == actorId ? null : new(authorId, actorId, NotificationKind.LinkProposed, 0, 0, now) { ProposalId = proposalId };

    /// <summary>The proposal this notification is about (a draft that stayed a draft, a proposal someone proposed a link to); null for a post's notifications.</summary>
    public int? ProposalId { get; private init; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
