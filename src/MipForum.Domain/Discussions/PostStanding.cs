using MipForum.Domain.Members;

namespace MipForum.Domain.Discussions;

/// <summary>
/// What the rules about who may do what with a post need to know: its state and its author's roles. <see cref="Post"/>
/// checks its own commands with these rules, and read models project the same columns and ask the same questions, so a
/// page offers an action exactly when the domain would accept it (the application adds the permission and the silence).
/// Each rule takes whether the member asking is the post's author, which the caller knows by id or by instance.
/// </summary>
public readonly record struct PostStanding(bool Withdrawn, bool Removed, bool Hidden, MemberRoles AuthorRoles)
{
    /// <summary>Neither withdrawn by its author nor removed by a moderator (a hidden post is still shown, folded).</summary>
    public bool IsShown => !Withdrawn && !Removed;

    /// <summary>
    /// Who may read the text: everyone while it is shown; once withdrawn or removed, staff (they judge flags and appeals
    /// on it) and the author of a removed post (who may edit it to answer the moderation; a withdrawn text they took back).
    /// </summary>
    public bool IsTextReadableBy(bool byAuthor, bool byStaff) => IsShown || byStaff || (Removed && !Withdrawn && byAuthor);

    /// <summary>
    /// Who may take the markdown to quote or edit it: the readers above, less staff's view of moderated text, because a
    /// quote would publish again what readers no longer see.
    /// </summary>
    public bool IsSourceAvailableTo(bool byAuthor) => IsTextReadableBy(byAuthor, byStaff: false);

    /// <summary>Only the author edits, and not once the post is withdrawn.</summary>
    public bool MayBeEditedBy(bool byAuthor) => byAuthor && !Withdrawn;

    /// <summary>Only the author withdraws, once.</summary>
    public bool MayBeWithdrawnBy(bool byAuthor) => byAuthor && !Withdrawn;

    /// <summary>Whether a reply may answer or quote it: there is nothing to answer in a withdrawn or removed post.</summary>
    public bool MayBeAnswered => IsShown;

    /// <summary>Refuses a reply that answers a post no longer shown (<see cref="MayBeAnswered"/>).</summary>
    public void EnsureMayBeAnswered()
    {
        if (!MayBeAnswered)
        {
            throw new Common.DomainRuleException("There is nothing to answer in a withdrawn or removed post: reply to the thread instead.");
        }
    }

    /// <summary>Someone other than the author, while the post is shown.</summary>
    public bool MayBeLikedBy(bool byAuthor) => !byAuthor && IsShown;

    /// <summary>Someone other than the author, while the post is shown (a member flags a post once: the caller knows whether they did).</summary>
    public bool MayBeFlaggedBy(bool byAuthor) => FlagRefusal(byAuthor) is null;

    /// <summary>Why this member may not flag it (their own post, or one no longer shown); null when they may.</summary>
    public string? FlagRefusal(bool byAuthor) =>
        byAuthor ? "You cannot flag your own post."
        : !IsShown ? "This post is no longer shown; there is nothing to flag."
        : null;

    /// <summary>The author of a hidden or removed post, once.</summary>
    public bool MayBeAppealedBy(bool byAuthor, bool alreadyAppealed) => byAuthor && (Hidden || Removed) && !alreadyAppealed;

    /// <summary>Staff, never on their own post, and a moderator's or an admin's post only by an admin (<see cref="Member.MayJudgePostsBy"/>).</summary>
    public bool MayBeModeratedBy(Member moderator, bool byAuthor) => moderator.IsStaff && !byAuthor && moderator.MayJudgePostsBy(AuthorRoles);
}
