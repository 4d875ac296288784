using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Discussions;

namespace MipForum.Application.Features.Posts;

/// <summary>
/// Keeps a post's cached like count equal to its likes. The like row and a relative <c>LikeCount = LikeCount ± 1</c>
/// are written in one transaction: a relative UPDATE takes the row's lock and applies to the current value, so fifty
/// members liking at once add fifty on SQLite and PostgreSQL alike (a count read in memory and written back would lose
/// them), and a failure between the two writes leaves neither. The same statement moves the post's row version (ADR 0020):
/// a like is a change of the post, so a copy read before it (a moderator's, an editor's) cannot be saved over it. It
/// bumps without checking the version: a relative count cannot lose another like, and checking would make likes retry.
/// </summary>
internal static class PostLikeCount
{
    /// <summary>Stores the like and counts it; false when this member's like already existed (a racing second click).</summary>
    public static async Task<bool> AddAsync(IForumDbContext db, IDatabaseErrors errors, PostLike like, CancellationToken cancellationToken)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.PostLikes.Add(like);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await db.Posts.Where(p => p.Id == like.Post.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.LikeCount, p => p.LikeCount + 1).SetProperty(p => p.RowVersion, p => p.RowVersion + 1), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException failure) when (errors.IsUniqueViolation(failure))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        // The primary key refused it: "already liked", unless that like has gone again meanwhile.
        return await db.PostLikes.AnyAsync(l => l.PostId == like.Post.Id && l.MemberId == like.Member.Id, cancellationToken)
            ? false
            : throw new InvalidOperationException($"The like of post {like.Post.Id} could not be stored.");
    }

    /// <summary>Deletes the member's like, if any, and uncounts it; the number of likes removed (0 or 1).</summary>
    public static async Task<int> RemoveAsync(IForumDbContext db, int postId, int memberId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A set-based delete: two unlikes at once delete one row between them instead of the second failing.
        var removed = await db.PostLikes.Where(l => l.PostId == postId && l.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            await db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(set => set.SetProperty(p => p.LikeCount, p => p.LikeCount - removed).SetProperty(p => p.RowVersion, p => p.RowVersion + 1), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    public static Task<int> ReadAsync(IForumDbContext db, int postId, CancellationToken cancellationToken) =>
        db.Posts.Where(p => p.Id == postId).Select(p => p.LikeCount).SingleAsync(cancellationToken);
}
