using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Features.Posts;

public sealed record PostLocation(int ThreadId, string ThreadSlug, int Number);

/// <summary>Where a post is (thread and number), for links that only know the post's id; null when there is none.</summary>
public sealed record LocatePostQuery(int PostId) : IQuery<PostLocation?>;

public sealed class LocatePostQueryHandler(IForumDbContext db) : IQueryHandler<LocatePostQuery, PostLocation?>
{
    public async ValueTask<PostLocation?> Handle(LocatePostQuery query, CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking()
            .Where(p => p.Id == query.PostId)
            .Select(p => new PostLocation(p.ThreadId, p.Thread.Slug, p.Number))
            .SingleOrDefaultAsync(cancellationToken);
}
