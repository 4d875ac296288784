using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

/// <summary>A member's standing now: the level an admin set, or the one their activity earned (one query).</summary>
public sealed class TrustCalculator(IForumDbContext db, TimeProvider time)
{
    public sealed record Standing(TrustLevel Level, TrustFacts Facts, bool IsOverride);

    /// <summary>
    /// A New member's posts, for the brakes on new accounts, each counted only up to what a brake compares it with
    /// (exact below that bound, the bound otherwise).
    /// </summary>
    public sealed record NewAccountStanding(int PostsWritten, int PostsLast24Hours);

    /// <summary>
    /// The question every post asks (is the author New, and if so how many posts?) in queries that read at most a few
    /// of the member's posts: <see cref="ForAsync"/> reads all of them and their likes, which grows with a prolific
    /// member's history, and whether a member is above New needs only whether they wrote <see cref="TrustRules.BasicPosts"/>.
    /// Null for a member above New; their last day's posts are then not counted at all.
    /// </summary>
    public async Task<NewAccountStanding?> NewAccountStandingAsync(int memberId, int postsUpTo, int recentUpTo, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var postsCap = Math.Max(postsUpTo, TrustRules.BasicPosts);
        var row = await db.Members.AsNoTracking()
            .Where(m => m.Id == memberId)
            .Select(m => new
            {
                m.JoinedAt,
                m.Roles,
                m.TrustLevelOverride,
                Posts = db.Posts.Where(p => p.AuthorId == m.Id && p.DeletedAt == null && p.RemovedAt == null).Take(postsCap).Count(),
            })
            .SingleAsync(cancellationToken);

        // The same levels as ForAsync: an admin's override first, staff are regulars, else what activity earned.
        var isNew = row.TrustLevelOverride is { } set
            ? set == TrustLevel.New
            : !row.Roles.IsStaff() && !TrustRules.EarnsMoreThanNew((int)(now - row.JoinedAt).TotalDays, row.Posts);
        if (!isNew)
        {
            return null;
        }

        var dayAgo = now.AddDays(-1);
        var recent = recentUpTo <= 0 ? 0 : await db.Posts.Where(p => p.AuthorId == memberId && p.CreatedAt > dayAgo).Take(recentUpTo).CountAsync(cancellationToken);
        return new NewAccountStanding(row.Posts, recent);
    }

    public async Task<Standing> ForAsync(int memberId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = await db.Members.AsNoTracking()
            .Where(m => m.Id == memberId)
            .Select(m => new
            {
                m.JoinedAt,
                m.Roles,
                m.FlagsAgreed,
                m.FlagsDisagreed,
                m.TrustLevelOverride,
                Posts = db.Posts.Count(p => p.AuthorId == m.Id && p.DeletedAt == null && p.RemovedAt == null),
                // Likes given here only: an imported post's likes from the other forum earn no trust here (a file could claim any number).
                Likes = db.Posts.Where(p => p.AuthorId == m.Id).Sum(p => (int?)(p.LikeCount - p.ImportedLikes)) ?? 0,
            })
            .SingleAsync(cancellationToken);
        var facts = new TrustFacts((int)(now - row.JoinedAt).TotalDays, row.Posts, row.Likes, row.FlagsAgreed, row.FlagsDisagreed);

        // Staff act on flags themselves; their own flags count as a regular's.
        var earned = row.Roles.IsStaff() ? TrustLevel.Regular : TrustRules.Earned(facts);
        return new Standing(row.TrustLevelOverride ?? earned, facts, row.TrustLevelOverride is not null);
    }
}
