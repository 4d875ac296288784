using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Features.Posts;

/// <summary>
/// Keeps a post's cached like count equal to its likes. The count is recomputed in one UPDATE after each like or unlike
/// is saved, never incremented in memory: fifty members liking at once each read the same count, and "N + 1" written
/// fifty times is N + 1. Each recount runs after its own like is committed, so the last one sees every like.
/// </summary>
internal static class PostLikeCounter
{
    public static async Task<int> RecountAsync(IForumDbContext db, int postId, CancellationToken cancellationToken)
    {
        await db.Posts.Where(p => p.Id == postId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.LikeCount, p => db.PostLikes.Count(l => l.PostId == p.Id)), cancellationToken);
        return await db.Posts.Where(p => p.Id == postId).Select(p => p.LikeCount).SingleAsync(cancellationToken);
    }
}
