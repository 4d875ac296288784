using MipForum.Domain.Common;

namespace MipForum.Domain.Discussions;

/// <summary>Where an imported post came from: its id and number on the other forum, and its address there.</summary>
public sealed record PostOrigin(long Id, int Number, string Url, int Version);

public sealed partial class Post
{
    /// <summary>The post's id on the forum it was imported from; null for posts written here.</summary>
    public long? OriginId { get; private set; }

    /// <summary>The post's number on the forum it was imported from (numbers here have no gaps, there they may).</summary>
    public int? OriginNumber { get; private set; }

    public string? OriginUrl { get; private set; }

    /// <summary>The original's version when last imported (Discourse counts edits): a re-import revises only when it went up.</summary>
    public int? OriginVersion { get; private set; }

    /// <summary>What a post hidden on the other forum says here (it is hidden here too, and readers can still choose to see it).</summary>
    public const string HiddenThereReason = "Hidden on the forum it was imported from.";

    /// <summary>Likes the post had on the other forum when last imported; part of <see cref="LikeCount"/>, which local likes add to.</summary>
    public int ImportedLikes { get; private set; }

    public bool IsImported => OriginId is not null;

    /// <summary>More likes than any forum has members: a count above it in a file is not believed.</summary>
    public const int MaxImportedLikes = 1_000_000;

    internal void RecordOrigin(PostOrigin origin, int likes, DateTimeOffset? editedAt)
    {
        OriginId = origin.Id;
        OriginNumber = origin.Number;
        OriginUrl = origin.Url;
        OriginVersion = origin.Version;
        EditedAt = editedAt;
        RecordImportedLikes(likes);
    }

    /// <summary>The other forum's like count changed: the cached count moves by the difference, keeping the local likes.</summary>
    public void RecordImportedLikes(int likes)
    {
        var count = Math.Clamp(likes, 0, MaxImportedLikes);
        LikeCount += count - ImportedLikes;
        ImportedLikes = count;
    }

    /// <summary>
    /// The post was edited on the forum it came from (its <paramref name="originVersion"/> went up): its text here
    /// follows, and the text it replaces is kept as a revision (as an edit here after the grace period would). An
    /// original that did not change leaves the post alone, so a moderator's work here is never undone by importing
    /// again. Returns whether the text changed.
    /// </summary>
    public bool ReviseFromImport(CookedMarkdown body, DateTimeOffset editedAt, int originVersion)
    {
        if (!IsImported)
        {
            throw new DomainRuleException("Only an imported post follows its original.");
        }

        RequireText(body);
        if (originVersion <= (OriginVersion ?? 0))
        {
            return false;
        }

        OriginVersion = originVersion;
        if (body.Markdown == Raw)
        {
            return false;
        }

        _revisions.Add(new PostRevision(this, Version, Raw, EditedAt ?? CreatedAt));
        Raw = body.Markdown;
        Cooked = body.Html;
        Text = body.Text;
        EditedAt = editedAt < CreatedAt ? CreatedAt : editedAt;
        Version++;
        return true;
    }

    /// <summary>
    /// Replaces the text the import itself wrote a moment ago in the same unit of work (a first post that quotes its
    /// own topic is written before the thread has its id); not an edit, so no revision.
    /// </summary>
    public void CorrectImportedText(CookedMarkdown body)
    {
        if (!IsImported || Version != 1)
        {
            throw new DomainRuleException("Only a post the import has just written can be corrected in place.");
        }

        RequireText(body);
        Raw = body.Markdown;
        Cooked = body.Html;
        Text = body.Text;
    }

    /// <summary>The post was hidden on the other forum (after flags) since it was imported: it is hidden here too. Returns whether it changed.</summary>
    public bool HideAsImported(DateTimeOffset at)
    {
        if (!IsImported)
        {
            throw new DomainRuleException("Only an imported post is hidden by its original.");
        }

        if (IsHidden)
        {
            return false;
        }

        HiddenAt = at;
        HiddenReason = HiddenThereReason;
        HiddenPendingReview = false;
        return true;
    }

    /// <summary>The post was deleted by its author on the other forum: here it is withdrawn, as the author would withdraw it.</summary>
    public void WithdrawAsImported(DateTimeOffset at)
    {
        if (!IsImported)
        {
            throw new DomainRuleException("Only an imported post is withdrawn by its original.");
        }

        DeletedAt ??= at;
    }
}
