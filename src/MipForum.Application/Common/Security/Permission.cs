namespace MipForum.Application.Common.Security;

/// <summary>
/// What a message needs the caller to be allowed to do. Names are use cases, not roles:
/// <see cref="PermissionMatrix"/> says which roles hold each one (docs/permissions.md mirrors it).
/// </summary>
public enum Permission
{
    /// <summary>Any signed-in member: their own account data.</summary>
    ViewOwnAccount,

    StartThread,
    ReplyToThread,
    EditOwnPost,
    LikePost,
    FlagPost,

    /// <summary>Appeal a moderation decision on one's own post (the domain checks it is theirs).</summary>
    AppealModeration,

    DraftProposal,
    ChangeProposalStatus,

    /// <summary>The review queue: list and decide flagged posts, and list and decide appeals.</summary>
    ReviewQueue,

    /// <summary>Moderate one post: hide, show, remove or restore it (<c>ModeratePostCommand</c>), and read it for that.</summary>
    ModeratePost,

    /// <summary>Moderate one thread: lock or unlock, pin or unpin, move, slow mode (<c>ModerateThreadCommand</c>, ADR 0017).</summary>
    ModerateThread,

    /// <summary>Silence or suspend a member (<c>SanctionMemberCommand</c>).</summary>
    SanctionMember,

    /// <summary>Set a member's trust level by hand (recorded in the moderation log).</summary>
    SetTrustLevel,

    ViewMembersAdmin,
    ChangeMemberRoles,

    /// <summary>Render markdown without storing it (the composer's preview).</summary>
    PreviewMarkdown,

    /// <summary>Import MIP documents from a MIPs repository folder (the command line, or an admin upload).</summary>
    ImportProposals,

    /// <summary>Import Discourse topics (the command line, or an admin upload).</summary>
    ImportDiscussions,

    /// <summary>Decide that a member is the author an imported placeholder stands for, and give them its posts.</summary>
    ClaimImportedAuthor,

    /// <summary>Publish drafts whose scheduled time has come; held by no role, only the host's scheduler (system).</summary>
    PublishScheduledDrafts,

    /// <summary>Re-render every stored post and proposal body after the markdown pipeline changed.</summary>
    RecookContent,

    /// <summary>Open a signal poll in a thread. The matrix admits every member; who actually may is <c>PollCreators</c>:
    /// the roles in Forum:Polls:CreatorRoles, or the thread's proposal's authors.</summary>
    CreatePoll,

    /// <summary>Cast, change or withdraw one's ballot.</summary>
    CastBallot,

    /// <summary>Delegate one's weight to another member, or revoke it.</summary>
    DelegateWeight,

    /// <summary>Upload weight snapshots (CSV) that weighted polls use.</summary>
    ManageWeightSnapshots,

    /// <summary>The closing job counts polls whose time has come (system only).</summary>
    CloseDuePolls,
}
