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
/// mention inside code or a link never notifies.
/// </summary>
public sealed class Notifier(IForumDbContext db, TimeProvider time)
{
    public async Task NotifyAboutPostAsync(Post post, CookedReferences references, int threadAuthorId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var notes = new List<Notification?>();

        var mentioned = references.MentionedUserNames.ToList();
        var quoted = references.QuotedPosts.Where(q => q.ThreadId == post.ThreadId).Select(q => q.PostNumber).Distinct().ToList();

        if (mentioned.Count > 0)
        {
            var normalized = mentioned.Select(UserNameRules.Normalize).ToList();
            var ids = await db.Members.Where(m => normalized.Contains(m.NormalizedUserName)).Select(m => m.Id).ToListAsync(cancellationToken);
            notes.AddRange(ids.Select(id => Notification.Create(id, post.AuthorId, NotificationKind.Mentioned, post.ThreadId, post.Number, now)));
        }

        var quotedAuthors = quoted.Count == 0
            ? []
            : await db.Posts.Where(p => p.ThreadId == post.ThreadId && quoted.Contains(p.Number)).Select(p => p.AuthorId).ToListAsync(cancellationToken);
        notes.AddRange(quotedAuthors.Distinct().Select(id => Notification.Create(id, post.AuthorId, NotificationKind.Quoted, post.ThreadId, post.Number, now)));

        if (post.Number > 1)
        {
            var repliedTo = post.ReplyToNumber is { } number
                ? await db.Posts.Where(p => p.ThreadId == post.ThreadId && p.Number == number).Select(p => (int?)p.AuthorId).SingleOrDefaultAsync(cancellationToken)
                : threadAuthorId;
            if (repliedTo is { } recipient && !quotedAuthors.Contains(recipient))
            {
                notes.Add(Notification.Create(recipient, post.AuthorId, NotificationKind.Replied, post.ThreadId, post.Number, now));
            }
        }

        // One notification per recipient and post: a mention wins over a quote, a quote over a reply.
        foreach (var note in notes.OfType<Notification>().GroupBy(n => n.RecipientId).Select(g => g.First()))
        {
            db.Notifications.Add(note);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// One like notification per member and post, ever: unliking deletes the like row, so a like toggled 14 times would
    /// otherwise notify 14 times. The notifications already sent are the record of it.
    /// </summary>
    public async Task NotifyAboutLikeAsync(Post post, int likerId, CancellationToken cancellationToken)
    {
        var sent = await db.Notifications.AnyAsync(
            n => n.RecipientId == post.AuthorId && n.ActorId == likerId && n.Kind == NotificationKind.Liked && n.ThreadId == post.ThreadId && n.PostNumber == post.Number,
            cancellationToken);
        if (!sent && Notification.Create(post.AuthorId, likerId, NotificationKind.Liked, post.ThreadId, post.Number, time.GetUtcNow()) is { } note)
        {
            db.Notifications.Add(note);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
