using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Features.Moderation;

/// <summary>A member's standing now: the level an admin set, or the one their activity earned (one query).</summary>
public sealed class TrustCalculator(IForumDbContext db, TimeProvider time)
{
    public sealed record Standing(TrustLevel Level, TrustFacts Facts, bool IsOverride, int PostsLast24Hours);

    /// <summary>
    /// Whether a member is New, for the brakes on new accounts, with their posts counted only up to <c>upTo</c>
    /// (<see cref="PostsWritten"/> and <see cref="PostsLast24Hours"/> are exact below it, <c>upTo</c> otherwise).
    /// </summary>
    public sealed record NewAccountStanding(bool IsNew, int PostsWritten, int PostsLast24Hours);

    /// <summary>
    /// The standing every post asks about, in one query that reads at most <c>upTo</c> of the member's posts per count:
    /// <see cref="ForAsync"/> reads all of them (and their likes), which grows with a prolific member's history, and
    /// whether a member is above New needs only whether they wrote <see cref="TrustRules.BasicPosts"/> posts.
    /// </summary>
    public async Task<NewAccountStanding> NewAccountStandingAsync(int memberId, int upTo, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var dayAgo = now.AddDays(-1);
        var cap = Math.Max(upTo, TrustRules.BasicPosts);
        var row = await db.Members.AsNoTracking()
            .Where(m => m.Id == memberId)
            .Select(m => new
            {
                m.JoinedAt,
                m.Roles,
                m.TrustLevelOverride,
                Posts = db.Posts.Where(p => p.AuthorId == m.Id && p.DeletedAt == null && p.RemovedAt == null).Take(cap).Count(),
                Recent = db.Posts.Where(p => p.AuthorId == m.Id && p.CreatedAt > dayAgo).Take(cap).Count(),
            })
            .SingleAsync(cancellationToken);

        // The same levels as ForAsync: an admin's override first, staff are regulars, else what activity earned.
        var isNew = row.TrustLevelOverride is { } set
            ? set == TrustLevel.New
            : !row.Roles.IsStaff() && !TrustRules.EarnsMoreThanNew((int)(now - row.JoinedAt).TotalDays, row.Posts);
        return new NewAccountStanding(isNew, row.Posts, row.Recent);
    }

    public async Task<Standing> ForAsync(int memberId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var dayAgo = now.AddDays(-1);
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
                Recent = db.Posts.Count(p => p.AuthorId == m.Id && p.CreatedAt > dayAgo),
            })
            .SingleAsync(cancellationToken);
        var facts = new TrustFacts((int)(now - row.JoinedAt).TotalDays, row.Posts, row.Likes, row.FlagsAgreed, row.FlagsDisagreed);

        // Staff act on flags themselves; their own flags count as a regular's.
        var earned = row.Roles.IsStaff() ? TrustLevel.Regular : TrustRules.Earned(facts);
        return new Standing(row.TrustLevelOverride ?? earned, facts, row.TrustLevelOverride is not null, row.Recent);
    }
}
