using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Common;
using MipForum.Domain.Discussions;

namespace MipForum.Application.Features.Posts;

/// <summary>
/// A quote names and links the post it quotes (<see cref="CookedReferences.QuotedPosts"/>): a withdrawn or removed post
/// has nothing left to quote (<see cref="PostStanding.MayBeAnswered"/>, the rule a reply to it follows), so a new
/// thread, a reply or an edit may not republish its text under its author's name. One query, whatever the number of quotes.
/// </summary>
public sealed class QuotedPostsRule(IForumDbContext db)
{
    public async Task EnsureQuotedPostsShownAsync(CookedReferences references, CancellationToken cancellationToken)
    {
        var quoted = references.QuotedPosts.Distinct().ToList();
        if (quoted.Count == 0)
        {
            return;
        }

        var threads = quoted.Select(q => q.ThreadId).Distinct().ToList();
        var numbers = quoted.Select(q => q.PostNumber).Distinct().ToList();
        var rows = await db.Posts.AsNoTracking()
            .Where(p => threads.Contains(p.ThreadId) && numbers.Contains(p.Number))
            .Select(p => new { p.ThreadId, p.Number, Standing = new PostStanding(p.DeletedAt != null, p.RemovedAt != null, p.HiddenAt != null, p.Author.Roles) })
            .ToListAsync(cancellationToken);
        if (rows.FirstOrDefault(r => quoted.Contains(new QuotedPost(r.ThreadId, r.Number)) && !r.Standing.MayBeAnswered) is { } gone)
        {
            throw new DomainRuleException($"Post #{gone.Number} that you quote was withdrawn or removed: there is nothing left to quote. Take the quote out.");
        }
    }
}
