using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Discussions;

public sealed partial class Post : IVersioned
{
    /// <summary>The default time within which an edit replaces the previous version without keeping a revision (typo fixes).</summary>
    public static readonly TimeSpan DefaultEditGracePeriod = TimeSpan.FromMinutes(5);

    private readonly List<PostRevision> _revisions = [];

    private Post()
    {
        Raw = string.Empty;
        Cooked = string.Empty;
        Text = string.Empty;
    }

    internal Post(ForumThread thread, int number, Member author, CookedMarkdown body, int? replyToNumber, DateTimeOffset now, string? clientKey)
    {
        RequireText(body);
        Thread = thread;
        Number = number;
        Author = author;
        ReplyToNumber = replyToNumber;
        Raw = body.Markdown;
        Cooked = body.Html;
        Text = body.Text;
        CreatedAt = now;
        Version = 1;
        ClientKey = clientKey;
    }

    public int Id { get; private set; }

    /// <inheritdoc/>
    public int RowVersion { get; private set; }

    public int ThreadId { get; private set; }

    public ForumThread Thread { get; private set; } = null!;

    /// <summary>Position in the thread, 1..n without gaps; unique per thread. Withdrawn posts keep their number.</summary>
    public int Number { get; private set; }

    public int AuthorId { get; private set; }

    public Member Author { get; private set; } = null!;

    public int? ReplyToNumber { get; private set; }

    /// <summary>The markdown the author wrote.</summary>
    public string Raw { get; private set; }

    /// <summary>Sanitized HTML cooked from <see cref="Raw"/> on write; never re-rendered on read.</summary>
    public string Cooked { get; private set; }

    /// <summary>The text a reader reads in <see cref="Cooked"/>, without markup: what search indexes and snippets show.</summary>
    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set => field = value.ToUniversalTime(); }

    public DateTimeOffset? EditedAt { get; private set => field = value?.ToUniversalTime(); }

    /// <summary>1 on creation, +1 per edit: an edit must name the version it started from (optimistic concurrency).</summary>
    public int Version { get; private set; }

    /// <summary>Withdrawn by its author: shown as a placeholder, content kept for moderators.</summary>
    public DateTimeOffset? DeletedAt { get; private set => field = value?.ToUniversalTime(); }

    public bool IsDeleted => DeletedAt is not null;

    public int LikeCount { get; private set; }

    /// <summary>The client's idempotency key: a retried submit returns this post instead of creating another.</summary>
    public string? ClientKey { get; private set; }

    public IReadOnlyCollection<PostRevision> Revisions => _revisions;

    /// <summary>The post's state for the rules of who may do what with it (the author's roles only when the author is loaded).</summary>
    public PostStanding Standing => new(IsDeleted, IsRemoved, IsHidden, Author?.Roles ?? MemberRoles.None);

    /// <summary>
    /// The first post carries the thread (its title, its proposal): a moderator hides it or locks the thread, never
    /// removes it. Read models ask this with the number they project, so a page never offers the refused removal.
    /// </summary>
    public static bool IsRemovable(int number) => number != 1;

    /// <summary>Whether <paramref name="reader"/> (null: anonymous) may read the text (<see cref="PostStanding.IsTextReadableBy"/>).</summary>
    public bool IsTextReadableBy(Member? reader) => Standing.IsTextReadableBy(reader is not null && IsAuthor(reader), reader?.IsStaff == true);

    /// <summary>
    /// The author edits the text. <paramref name="expectedVersion"/> is the version the editor started from; if the post
    /// moved on since, the edit is refused rather than silently overwriting. After the grace period the previous text
    /// is kept as a revision.
    /// </summary>
    public void Edit(Member editor, CookedMarkdown body, int expectedVersion, DateTimeOffset now) =>
        Edit(editor, body, expectedVersion, now, DefaultEditGracePeriod);

    /// <inheritdoc cref="Edit(Member, CookedMarkdown, int, DateTimeOffset)"/>
    public void Edit(Member editor, CookedMarkdown body, int expectedVersion, DateTimeOffset now, TimeSpan gracePeriod)
    {
        if (!Standing.MayBeEditedBy(IsAuthor(editor)))
        {
            throw IsAuthor(editor)
                ? new DomainRuleException("A withdrawn post cannot be edited.")
                : new NotPermittedException("Only the author can edit a post.");
        }

        if (expectedVersion != Version)
        {
            throw new StaleVersionException($"This post was changed since you opened it (now version {Version}, yours {expectedVersion}). Reload it and apply your edit again.");
        }

        RequireText(body);
        if (body.Markdown == Raw)
        {
            return;
        }

        if (IsHidden || IsRemoved)
        {
            // The author answered the moderation by editing: a moderator looks again.
            NeedsReview = true;
        }

        var lastChange = EditedAt ?? CreatedAt;
        if (now - lastChange > gracePeriod)
        {
            _revisions.Add(new PostRevision(this, Version, Raw, lastChange));
        }

        Raw = body.Markdown;
        Cooked = body.Html;
        Text = body.Text;
        EditedAt = now;
        Version++;
    }

    /// <summary>The author withdraws the post; its number stays, readers see a placeholder.</summary>
    public void Withdraw(Member by, DateTimeOffset now)
    {
        if (!IsAuthor(by))
        {
            throw new NotPermittedException("Only the author can withdraw a post.");
        }

        DeletedAt ??= now;
    }

    /// <summary>
    /// Records a like by someone else. One like per member: the caller checks there is none yet (a primary key backs it).
    /// <see cref="LikeCount"/> is not incremented here: it is a cached count that the application recounts from the likes
    /// in one statement after saving, because two members liking at once would otherwise both write "N + 1".
    /// </summary>
    public PostLike Like(Member member, DateTimeOffset now)
    {
        if (!Standing.MayBeLikedBy(IsAuthor(member)))
        {
            throw IsAuthor(member)
                ? new NotPermittedException("You cannot like your own post.")
                : new DomainRuleException("A withdrawn or removed post cannot be liked.");
        }

        return new PostLike(this, member, now);
    }

    /// <summary>
    /// Stores HTML re-cooked from the unchanged source (the rendering pipeline changed); not an edit.
    /// Returns whether the stored HTML changed.
    /// </summary>
    public bool Recook(CookedMarkdown body)
    {
        if (body.Markdown != Raw)
        {
            throw new DomainRuleException("Re-cooking must start from the post's own text.");
        }

        if (body.Html == Cooked && body.Text == Text)
        {
            return false;
        }

        Cooked = body.Html;
        Text = body.Text;
        return true;
    }

    // Author may not be loaded (handlers often load posts without it): then the foreign key decides.
    internal bool IsAuthor(Member member) => member.Is(Author) || (AuthorId != 0 && member.Id == AuthorId);

    private static void RequireText(CookedMarkdown body)
    {
        if (!VisibleText.HasVisibleCharacter(body.Markdown))
        {
            throw new DomainRuleException("A post needs some visible text.");
        }
    }
}
