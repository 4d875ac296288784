using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Notifications;

namespace MipForum.Application.Features.Notifications;

/// <summary>
/// Works out who should hear about a new post: members it mentions, members it quotes, and the author of the post it
/// replies to (or of the thread). Reads what the cooker says the post links to (<see cref="CookedReferences"/>), so a
/// mention inside code or a link never notifies. It adds notification rows to the unit of work and never saves: the
/// command saves them with the change that caused them, so a post is never stored without them, nor they without it.
/// </summary>
public sealed class Notifier(IForumDbContext db, TimeProvider time)
{
    /// <summary>
    /// Who hears about a post, asked before it is stored (the answer does not depend on the new post's number, so a
    /// reply that retries its save asks once).
    /// </summary>
    public async Task<PostAudience> AudienceOfAsync(int threadId, int threadAuthorId, bool isReply, int? replyToNumber, CookedReferences references, CancellationToken cancellationToken)
    {
        var mentioned = new List<int>();
        if (references.MentionedUserNames.Count > 0)
        {
            var normalized = references.MentionedUserNames.Select(UserNameRules.Normalize).ToList();
            mentioned = await db.Members.Where(m => normalized.Contains(m.NormalizedUserName)).Select(m => m.Id).ToListAsync(cancellationToken);
        }

        var quoted = references.QuotedPosts.Where(q => q.ThreadId == threadId).Select(q => q.PostNumber).Distinct().ToList();
        var quotedAuthors = quoted.Count == 0
            ? []
            : await db.Posts.Where(p => p.ThreadId == threadId && quoted.Contains(p.Number)).Select(p => p.AuthorId).Distinct().ToListAsync(cancellationToken);

        int? repliedTo = null;
        if (isReply)
        {
            repliedTo = replyToNumber is { } number
                ? await db.Posts.Where(p => p.ThreadId == threadId && p.Number == number).Select(p => (int?)p.AuthorId).SingleOrDefaultAsync(cancellationToken)
                : threadAuthorId;
        }

        return new PostAudience(mentioned, quotedAuthors, repliedTo);
    }

    /// <summary>Adds the notifications about <paramref name="post"/> (numbered, in a thread with an id) to the unit of work.</summary>
    public void Notify(Post post, PostAudience audience)
    {
        // A post not yet saved has its thread and author as navigations only; their ids are already known.
        var (threadId, authorId, number, now) = (post.Thread.Id, post.Author.Id, post.Number, time.GetUtcNow());
        var notes = new List<Notification?>();
        notes.AddRange(audience.Mentioned.Select(id => Notification.Create(id, authorId, NotificationKind.Mentioned, threadId, number, now)));
        notes.AddRange(audience.QuotedAuthors.Select(id => Notification.Create(id, authorId, NotificationKind.Quoted, threadId, number, now)));
        if (audience.RepliedTo is { } recipient && !audience.QuotedAuthors.Contains(recipient))
        {
            notes.Add(Notification.Create(recipient, authorId, NotificationKind.Replied, threadId, number, now));
        }

        // One notification per recipient and post: a mention wins over a quote, a quote over a reply.
        foreach (var note in notes.OfType<Notification>().GroupBy(n => n.RecipientId).Select(g => g.First()))
        {
            db.Notifications.Add(note);
        }
    }

    /// <summary>
    /// One like notification per member and post, ever: unliking deletes the like row, so a like toggled 14 times would
    /// otherwise notify 14 times. The notifications already sent are the record of it. Added to the unit of work that
    /// stores the like.
    /// </summary>
    public async Task NotifyAboutLikeAsync(Post post, int likerId, CancellationToken cancellationToken)
    {
        var sent = await db.Notifications.AnyAsync(
            n => n.RecipientId == post.AuthorId && n.ActorId == likerId && n.Kind == NotificationKind.Liked && n.ThreadId == post.ThreadId && n.PostNumber == post.Number,
            cancellationToken);
        if (!sent && Notification.Create(post.AuthorId, likerId, NotificationKind.Liked, post.ThreadId, post.Number, time.GetUtcNow()) is { } note)
        {
            db.Notifications.Add(note);
        }
    }
}

/// <summary>The members a new post notifies: those it mentions, the authors of posts it quotes, the one it replies to.</summary>
public sealed record PostAudience(IReadOnlyList<int> Mentioned, IReadOnlyList<int> QuotedAuthors, int? RepliedTo);
