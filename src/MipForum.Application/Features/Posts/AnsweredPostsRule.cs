using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;

namespace MipForum.Application.Features.Posts;

/// <summary>
/// The posts a text answers, the one it replies to and those its quotes name and link (<see cref="CookedReferences.QuotedPosts"/>),
/// must still be shown (<see cref="PostStanding.MayBeAnswered"/>): there is nothing to answer in a withdrawn or removed
/// post, and a quote of one would republish its text under its author's name. One query for all of them.
/// </summary>
public sealed class AnsweredPostsRule(IForumDbContext db)
{
    public async Task EnsureShownAsync(int? threadId, int? replyToNumber, CookedReferences references, CancellationToken cancellationToken)
    {
        QuotedPost? repliedTo = threadId is { } thread && replyToNumber is { } number ? new QuotedPost(thread, number) : null;
        var quoted = references.QuotedPosts.Distinct().ToList();
        var wanted = repliedTo is { } target ? [.. quoted, target] : quoted;
        if (wanted.Count == 0)
        {
            return;
        }

        var threads = wanted.Select(q => q.ThreadId).Distinct().ToList();
        var numbers = wanted.Select(q => q.PostNumber).Distinct().ToList();
        var rows = (await db.Posts.AsNoTracking()
                .Where(p => threads.Contains(p.ThreadId) && numbers.Contains(p.Number))
                .Select(p => new { p.ThreadId, p.Number, Standing = new PostStanding(p.DeletedAt != null, p.RemovedAt != null, p.HiddenAt != null, p.Author.Roles) })
                .ToListAsync(cancellationToken))
            .Where(r => wanted.Contains(new QuotedPost(r.ThreadId, r.Number)))
            .ToList();

        if (rows.FirstOrDefault(r => repliedTo == new QuotedPost(r.ThreadId, r.Number)) is { } answered)
        {
            answered.Standing.EnsureMayBeAnswered();
        }

        if (rows.FirstOrDefault(r => quoted.Contains(new QuotedPost(r.ThreadId, r.Number)) && !r.Standing.MayBeAnswered) is { } gone)
        {
            throw new DomainRuleException($"Post #{gone.Number} that you quote was withdrawn or removed: there is nothing left to quote. Take the quote out.");
        }
    }
}
