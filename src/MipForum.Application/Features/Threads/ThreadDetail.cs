using MipForum.Application.Common.Models;
using MipForum.Domain.Proposals;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Threads;

/// <summary>
/// One post as readers see it; <see cref="Cooked"/> is the stored, sanitized HTML, empty when the post was withdrawn
/// (<see cref="Deleted"/>). <see cref="Hidden"/> is for moderation (always false until moderators can hide posts).
/// </summary>
public sealed record PostView(
    int Id,
    int Number,
    MemberRef Author,
    int? ReplyToNumber,
    string? ReplyToUserName,
    string Cooked,
    int LikeCount,
    int ReplyCount,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool Deleted,
    bool Hidden,
    bool LikedByMe)
{
    /// <summary>Who liked it (user names, oldest first, at most 20), shown on hover.</summary>
    public IReadOnlyList<string> LikedBy { get; init; } = [];

    /// <summary>Removed by a moderator: readers see a placeholder; the text reaches staff and the author only.</summary>
    public bool Removed { get; init; }

    /// <summary>Why the post is hidden (the flags' main reason, or the moderator's); readers can still choose to see it.</summary>
    public string? HiddenReason { get; init; }

    /// <summary>Hidden by flags, waiting for a moderator; false when a moderator hid it.</summary>
    public bool HiddenPendingReview { get; init; }

    /// <summary>The post's address on the forum it was imported from; null for posts written here.</summary>
    public string? OriginUrl { get; init; }

    /// <summary>Whether the reader has flagged this post (they cannot flag it twice).</summary>
    public bool FlaggedByMe { get; init; }

    /// <summary>When the author is a delegate: how many delegate to them and the weight they carry (shown beside the post).</summary>
    public Polls.DelegateNote? AuthorDelegate { get; init; }

    /// <summary>How many of the replies to a post a page lists; <see cref="ReplyCount"/> says how many there are.</summary>
    public const int MaxRepliesListed = 10;

    /// <summary>The first posts that reply to this one (at most <see cref="MaxRepliesListed"/>), for the expandable "N replies".</summary>
    public IReadOnlyList<ReplyRef> Replies { get; init; } = [];

    // What the reader may do with the post, worked out by the domain's rules and the pipeline's admission
    // (PostCapabilities): pages and API clients offer an action only when its command would be accepted.

    /// <summary>The reader may edit it (<c>EditPostCommand</c>): their own post, not withdrawn, and they are not silenced.</summary>
    public bool CanEdit { get; init; }

    /// <summary>The reader may withdraw it (<c>WithdrawPostCommand</c>, allowed while silenced).</summary>
    public bool CanWithdraw { get; init; }

    /// <summary>The reader may like or unlike it (<c>LikePostCommand</c>): someone else's post that is shown.</summary>
    public bool CanLike { get; init; }

    /// <summary>The reader may flag it (<c>FlagPostCommand</c>): someone else's post that is shown, not flagged by them yet.</summary>
    public bool CanFlag { get; init; }

    /// <summary>The reader may appeal its moderation (<c>AppealModerationCommand</c>): their own hidden or removed post, once.</summary>
    public bool CanAppeal { get; init; }

    /// <summary>The reader may moderate it (<c>ModeratePostCommand</c>): staff, not their own post, a staff post only for an admin.</summary>
    public bool CanModerate { get; init; }

    /// <summary>The reader may reply to it or quote it (<c>ReplyToThreadCommand</c>): the thread takes their reply and the post is shown.</summary>
    public bool CanAnswer { get; init; }
}

public sealed record ReplyRef(int Number, string UserName);

public sealed record ThreadDetail(
    int Id,
    string Title,
    string Slug,
    CategoryRef Category,
    ProposalRef? Proposal,
    IReadOnlyList<string> Tags,
    bool IsLocked,
    MemberRef Author,
    int PostCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    PagedList<PostView> Posts)
{
    /// <summary>
    /// For a proposal's thread: what happened to the proposal (status moves, text edits) in the time this page covers,
    /// oldest first, so the page can show them between the posts like Discourse's small actions.
    /// </summary>
    public IReadOnlyList<ProposalEvent> ProposalEvents { get; init; } = [];

    /// <summary>
    /// Whether the reader may reply here now: signed in, admitted to <c>ReplyToThreadCommand</c> (permission, not
    /// suspended or silenced) and the thread is not locked. Slow mode and new-account limits are checked on submit.
    /// </summary>
    public bool CanReply { get; init; }

    /// <summary>The topic's address on the forum it was imported from; null for threads started here.</summary>
    public string? OriginUrl { get; init; }
}

/// <summary>A status move (<see cref="To"/> set) or a text edit (<see cref="Version"/> set) of the thread's proposal.</summary>
public sealed record ProposalEvent(
    DateTimeOffset At,
    MemberRef Actor,
    ProposalStatus? From,
    ProposalStatus? To,
    int? Version,
    string Reason,
    bool IsOverride);
