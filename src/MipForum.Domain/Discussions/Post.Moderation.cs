using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Domain.Discussions;

public sealed partial class Post
{
    private readonly List<Flag> _flags = [];

    public IReadOnlyCollection<Flag> Flags => _flags;

    /// <summary>Hidden from readers (who can still choose to see it), by enough flags or by a moderator.</summary>
    public DateTimeOffset? HiddenAt { get; private set => field = value?.ToUniversalTime(); }

    public bool IsHidden => HiddenAt is not null;

    /// <summary>True when flags hid the post and no moderator has decided yet.</summary>
    public bool HiddenPendingReview { get; private set; }

    public string? HiddenReason { get; private set; }

    /// <summary>Removed by a moderator (not the author): readers see a placeholder; moderators and the author still see the text.</summary>
    public DateTimeOffset? RemovedAt { get; private set => field = value?.ToUniversalTime(); }

    public bool IsRemoved => RemovedAt is not null;

    /// <summary>In the review queue: it has pending flags, or its author edited it while it was hidden.</summary>
    public bool NeedsReview { get; private set; }

    public int PendingFlagWeight => _flags.Where(f => f.IsPending).Sum(f => f.Weight);

    /// <summary>
    /// A member flags the post. Once the pending weight reaches <paramref name="hideThreshold"/> the post is hidden
    /// pending review — unless it is criticism of a live proposal (its thread discusses a proposal in RFC or Formal
    /// Submission) or a post by staff (an admin decides those), which go to review only. A weight of 0 (a new
    /// account) queues the post without counting toward hiding. <paramref name="addressHash"/> is a keyed hash of the address the
    /// flag came from (never the address), so moderators can see a burst from one place. Returns whether this flag hid the post.
    /// </summary>
    public bool AddFlag(Member flagger, FlagReason reason, string? message, int weight, bool inLiveProposalThread, int hideThreshold, DateTimeOffset now, string? addressHash = null)
    {
        // A threshold below 1 would hide every post at its first flag: a setting's mistake, refused rather than clamped.
        ArgumentOutOfRangeException.ThrowIfLessThan(hideThreshold, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);

        // The staff rule below needs the author; a handler that forgot to load it must not silently hide a moderator's post.
        var author = Author ?? throw new InvalidOperationException("Load the post's author before flagging it.");
        if (Standing.FlagRefusal(IsAuthor(flagger)) is { } refusal)
        {
            throw IsAuthor(flagger) ? new NotPermittedException(refusal) : new DomainRuleException(refusal);
        }

        // One flag per member and post (a unique index); a retracted one can be raised again.
        var earlier = _flags.FirstOrDefault(f => f.FlaggerId == flagger.Id && flagger.Id != 0 || ReferenceEquals(f.Flagger, flagger));
        if (earlier is not null && earlier.Status != FlagStatus.Retracted)
        {
            throw new DomainRuleException("You have already flagged this post.");
        }

        var text = message?.Trim();
        if (reason == FlagReason.SomethingElse && !VisibleText.HasVisibleCharacter(text))
        {
            throw new DomainRuleException("Say what is wrong when the reason is \"something else\".");
        }

        if (text is { Length: > Flag.MessageMaxLength })
        {
            throw new DomainRuleException($"A flag's message has at most {Flag.MessageMaxLength} characters.");
        }

        if (earlier is not null)
        {
            earlier.Raise(reason, string.IsNullOrEmpty(text) ? null : text, weight, now, addressHash);
        }
        else
        {
            _flags.Add(new Flag(this, flagger, reason, string.IsNullOrEmpty(text) ? null : text, weight, now, addressHash));
        }

        NeedsReview = true;

        // Flags never hide staff: a faction could otherwise silence the moderator who acts against it.
        if (IsHidden || inLiveProposalThread || author.IsStaff || PendingFlagWeight < hideThreshold)
        {
            return false;
        }

        HiddenAt = now;
        HiddenPendingReview = true;
        HiddenReason = MostFlaggedReason().DisplayName();
        return true;
    }

    /// <summary>
    /// Why a flag in <paramref name="status"/> may not be taken back, or null when it may: only a pending one, and not
    /// while flags keep the post hidden. Flags that hid a post stay until a moderator decides: retracted, they left it
    /// hidden with no flagger to answer for it, a "disagree" then cost nobody anything, and the same members could hide
    /// it again at once. The flag page asks it before offering "Retract my flag".
    /// </summary>
    public static string? FlagRetractRefusal(FlagStatus? status, bool hiddenPendingReview) =>
        status != FlagStatus.Pending ? "You have no pending flag on this post."
        : hiddenPendingReview ? "This post was hidden by flags and waits for a moderator; your flag stays until they decide."
        : null;

    /// <summary>The flagger takes back their pending flag.</summary>
    public void RetractFlag(Member flagger, DateTimeOffset now)
    {
        var flag = _flags.FirstOrDefault(f => f.IsPending && (f.FlaggerId == flagger.Id && flagger.Id != 0 || ReferenceEquals(f.Flagger, flagger)));
        if (FlagRetractRefusal(flag?.Status, HiddenPendingReview) is { } refusal)
        {
            throw new DomainRuleException(refusal);
        }

        flag!.Resolve(FlagStatus.Retracted, now);
        NeedsReview = _flags.Any(f => f.IsPending) || (IsHidden && NeedsReview && HiddenPendingReview);
    }

    /// <summary>
    /// A moderator decides on the pending flags: agree (hide, or with <paramref name="remove"/> remove the post),
    /// disagree (the post is shown again; the flags count against their flaggers' accuracy), or defer (no action).
    /// </summary>
    public IReadOnlyList<Flag> Decide(Member moderator, ReviewDecision decision, bool remove, string reason, DateTimeOffset now)
    {
        RequireStaff(moderator);
        RequireMayJudgeAuthor(moderator, "Flags on a moderator's or an admin's post are decided by an admin.");

        var pending = _flags.Where(f => f.IsPending).ToList();
        if (pending.Count == 0 && !NeedsReview)
        {
            throw new DomainRuleException("This post is not waiting for review.");
        }

        switch (decision)
        {
            case ReviewDecision.Agree when remove && !IsRemovable(Number):
                throw new DomainRuleException("The first post carries the thread; hide it or lock the thread instead.");
            case ReviewDecision.Agree:
                pending.ForEach(f => { f.Resolve(FlagStatus.Agreed, now); f.Flagger?.RecordFlagOutcome(agreed: true); });
                if (remove)
                {
                    RemovedAt ??= now;
                }
                else
                {
                    HiddenAt ??= now;
                    HiddenReason = string.IsNullOrWhiteSpace(reason) ? HiddenReason ?? MostFlaggedReason(pending).DisplayName() : reason.Trim();
                }

                break;
            case ReviewDecision.Disagree:
                pending.ForEach(f => { f.Resolve(FlagStatus.Disagreed, now); f.Flagger?.RecordFlagOutcome(agreed: false); });
                HiddenAt = null;
                HiddenReason = null;
                RemovedAt = null;
                break;
            default:
                pending.ForEach(f => f.Resolve(FlagStatus.Deferred, now));

                // Flags alone hid it only until a moderator looked; deferring takes no action, so it is shown again.
                if (HiddenPendingReview)
                {
                    HiddenAt = null;
                    HiddenReason = null;
                }

                break;
        }

        HiddenPendingReview = false;
        NeedsReview = false;
        return pending;
    }

    /// <summary>A moderator hides the post directly (readers can still choose to see it).</summary>
    public void Hide(Member moderator, string reason, DateTimeOffset now)
    {
        RequireStaff(moderator);
        RequireMayJudgeAuthor(moderator, "A moderator's or an admin's post is hidden, shown, removed or restored by an admin.");
        if (IsHidden)
        {
            throw new DomainRuleException("This post is already hidden.");
        }

        HiddenAt = now;
        HiddenReason = RequireReason(reason);
        HiddenPendingReview = false;
    }

    public void Unhide(Member moderator)
    {
        RequireStaff(moderator);
        RequireMayJudgeAuthor(moderator, "A moderator's or an admin's post is hidden, shown, removed or restored by an admin.");
        if (!IsHidden)
        {
            throw new DomainRuleException("This post is not hidden.");
        }

        HiddenAt = null;
        HiddenReason = null;
        HiddenPendingReview = false;
        NeedsReview = _flags.Any(f => f.IsPending);
    }

    /// <summary>A moderator removes the post: a placeholder for readers; the text stays for moderators and the author.</summary>
    public void Remove(Member moderator, string reason, DateTimeOffset now)
    {
        RequireStaff(moderator);
        RequireMayJudgeAuthor(moderator, "A moderator's or an admin's post is hidden, shown, removed or restored by an admin.");
        RequireReason(reason);
        if (IsRemoved)
        {
            throw new DomainRuleException("This post is already removed.");
        }

        if (!IsRemovable(Number))
        {
            throw new DomainRuleException("The first post carries the thread; hide it or lock the thread instead.");
        }

        RemovedAt = now;
    }

    public void Restore(Member moderator)
    {
        RequireStaff(moderator);
        RequireMayJudgeAuthor(moderator, "A moderator's or an admin's post is hidden, shown, removed or restored by an admin.");
        if (!IsRemoved)
        {
            throw new DomainRuleException("This post is not removed.");
        }

        RemovedAt = null;
    }

    /// <summary>The author is a Moderator or an Admin: flags never hide the post, and only an admin decides them.</summary>
    public bool AuthorIsStaff => (Author ?? throw new InvalidOperationException("Load the post's author first.")).IsStaff;

    private FlagReason MostFlaggedReason(IEnumerable<Flag>? flags = null) =>
        (flags ?? _flags.Where(f => f.IsPending)).GroupBy(f => f.Reason).OrderByDescending(g => g.Sum(f => f.Weight)).Select(g => g.Key).FirstOrDefault();

    // Moderators do not judge each other's posts, by flags or directly: a staff post is an admin's to decide.
    private void RequireMayJudgeAuthor(Member moderator, string refusal)
    {
        if (!moderator.MayJudgePostsBy((Author ?? throw new InvalidOperationException("Load the post's author first.")).Roles))
        {
            throw new NotPermittedException(refusal);
        }
    }

    private void RequireStaff(Member member)
    {
        if (!member.IsStaff)
        {
            throw new NotPermittedException("Only moderators can do that.");
        }

        if (IsAuthor(member))
        {
            throw new NotPermittedException("Moderators do not moderate their own posts; another moderator will.");
        }
    }

    private static string RequireReason(string reason) =>
        !VisibleText.HasVisibleCharacter(reason)
            ? throw new DomainRuleException("Give a reason: it is shown in the public moderation log.")
            : reason.Trim();
}
