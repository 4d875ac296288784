using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Domain.Moderation;

public enum AppealStatus
{
    Pending = 0,

    /// <summary>The decision stands.</summary>
    Upheld = 1,

    /// <summary>The post was shown (or restored) again.</summary>
    Granted = 2,
}

/// <summary>
/// The author of a hidden or removed post asks, once, for another look. It goes to a moderator other than the one
/// who acted when there is one, so nobody reviews their own decision.
/// </summary>
public sealed class Appeal : IVersioned
{
    public const int MessageMaxLength = 2000;

    private Appeal()
    {
        Message = string.Empty;
    }

    private Appeal(Post post, Member author, string message, int assignedModeratorId, DateTimeOffset at)
    {
        Post = post;
        Author = author;
        Message = message;
        AssignedModeratorId = assignedModeratorId;
        CreatedAt = at;
    }

    public int Id { get; private set; }

    /// <inheritdoc/>
    public int RowVersion { get; private set; }

    public int PostId { get; private set; }

    public Post Post { get; private set; } = null!;

    public int AuthorId { get; private set; }

    public Member Author { get; private set; } = null!;

    public string Message { get; private set; }

    public int AssignedModeratorId { get; private set; }

    public AppealStatus Status { get; private set; }

    public string? DecisionNote { get; private set; }

    public DateTimeOffset CreatedAt { get; private set => field = value.ToUniversalTime(); }

    public DateTimeOffset? DecidedAt { get; private set => field = value?.ToUniversalTime(); }

    /// <param name="actedBy">The moderator whose decision is appealed (null when flags hid the post and nobody decided yet).</param>
    /// <param name="staff">Moderators and admins who could take the appeal, other than the author.</param>
    public static Appeal File(Post post, Member author, string message, bool alreadyAppealed, int? actedBy, IReadOnlyList<int> staff, DateTimeOffset now)
    {
        var byAuthor = post.AuthorId == author.Id || ReferenceEquals(post.Author, author);
        if (!post.Standing.MayBeAppealedBy(byAuthor, alreadyAppealed))
        {
            throw !byAuthor ? new NotPermittedException("Only the post's author can appeal.")
                : alreadyAppealed && (post.IsHidden || post.IsRemoved) ? new DomainRuleException("You have already appealed for this post; a post can be appealed once.")
                : new DomainRuleException("This post is neither hidden nor removed; there is nothing to appeal.");
        }

        var text = message?.Trim() ?? string.Empty;
        if (!VisibleText.HasVisibleCharacter(text) || text.Length > MessageMaxLength)
        {
            throw new DomainRuleException($"Explain your appeal in 1 to {MessageMaxLength} characters.");
        }

        var candidates = staff.Where(id => id != author.Id).ToList();
        if (candidates.Count == 0)
        {
            throw new DomainRuleException("There is no moderator to take the appeal yet.");
        }

        // Someone other than the moderator who acted, when the forum has one.
        var assignee = candidates.FirstOrDefault(id => id != actedBy, candidates[0]);
        return new Appeal(post, author, text, assignee, now);
    }

    /// <summary>The assigned moderator (or an admin) decides: grant shows or restores the post; uphold leaves it.</summary>
    public void Decide(Member moderator, bool grant, string note, DateTimeOffset now)
    {
        if (!moderator.IsStaff || (moderator.Id != AssignedModeratorId && !moderator.IsAdmin))
        {
            throw new NotPermittedException("This appeal is assigned to another moderator.");
        }

        if (moderator.Id == AuthorId)
        {
            throw new NotPermittedException("Nobody decides an appeal about their own post.");
        }

        if (Status != AppealStatus.Pending)
        {
            throw new DomainRuleException("This appeal was already decided.");
        }

        if (!VisibleText.HasVisibleCharacter(note))
        {
            throw new DomainRuleException("Write a note: the author and the public log see it.");
        }

        if (grant)
        {
            if (Post.IsRemoved)
            {
                Post.Restore(moderator);
            }

            if (Post.IsHidden)
            {
                Post.Unhide(moderator);
            }
        }

        Status = grant ? AppealStatus.Granted : AppealStatus.Upheld;
        DecisionNote = note.Trim();
        DecidedAt = now;
    }
}
