namespace MipForum.Domain.Moderation;

public enum ModerationAction
{
    AutoHidePost = 0,
    HidePost = 1,
    UnhidePost = 2,
    DeletePost = 3,
    RestorePost = 4,
    AgreeWithFlags = 5,
    DisagreeWithFlags = 6,
    DeferFlags = 7,
    LockThread = 8,
    UnlockThread = 9,
    PinThread = 10,
    UnpinThread = 11,
    MoveThread = 12,
    SetSlowMode = 13,
    SilenceMember = 14,
    SuspendMember = 15,
    SetTrustLevel = 16,
    ChangeRoles = 17,
    Appeal = 18,
    DecideAppeal = 19,

    /// <summary>An admin decided a member is the author an imported placeholder stands for; its posts became theirs.</summary>
    ClaimImportedAuthor = 20,
}

public enum ModerationTarget
{
    Post = 0,
    Thread = 1,
    Member = 2,
}

/// <summary>
/// One public line of the moderation log: what was done, by whom (null: the forum itself, e.g. an automatic hide),
/// to what, and why. Append-only: the class has no way to change an entry, and the database context refuses updates
/// and deletes of entries.
/// </summary>
public sealed class ModerationLogEntry
{
    public const int ReasonMaxLength = 1000;

    private ModerationLogEntry()
    {
        TargetLabel = string.Empty;
        Reason = string.Empty;
    }

    public ModerationLogEntry(ModerationAction action, int? moderatorId, ModerationTarget targetKind, int targetId, string targetLabel, string reason, DateTimeOffset at)
    {
        Action = action;
        ModeratorId = moderatorId;
        TargetKind = targetKind;
        TargetId = targetId;
        TargetLabel = targetLabel.Length <= 300 ? targetLabel : targetLabel[..299] + "…";
        Reason = reason.Length <= ReasonMaxLength ? reason : reason[..(ReasonMaxLength - 1)] + "…";
        At = at;
    }

    public long Id { get; private set; }

    public ModerationAction Action { get; private set; }

    public int? ModeratorId { get; private set; }

    public ModerationTarget TargetKind { get; private set; }

    public int TargetId { get; private set; }

    /// <summary>What the target was when the action was taken ("post #4 in …", "@user"), so the log reads on its own.</summary>
    public string TargetLabel { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset At { get; private set => field = value.ToUniversalTime(); }
}
