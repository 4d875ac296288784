using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Posts;

public sealed record PostRevisionView(int Version, string Raw, DateTimeOffset WrittenAt);

/// <summary>A post's earlier texts and its current one, oldest first; readers diff neighbouring versions.</summary>
public sealed record PostHistory(int PostId, int ThreadId, int Number, IReadOnlyList<PostRevisionView> Versions);

/// <summary>
/// Anyone can see how a post changed (as on Discourse); a withdrawn or removed post's history is for those who may read
/// its text (<see cref="PostStanding.IsTextReadableBy"/>: staff, and a removed post's author), null for others.
/// </summary>
public sealed record GetPostHistoryQuery(int PostId) : IQuery<PostHistory?>;

public sealed class GetPostHistoryQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<GetPostHistoryQuery, PostHistory?>
{
    public async ValueTask<PostHistory?> Handle(GetPostHistoryQuery query, CancellationToken cancellationToken)
    {
        var viewer = currentUser.MemberId ?? 0;
        var post = await db.Posts.AsNoTracking()
            .Where(p => p.Id == query.PostId)
            .Select(p => new
            {
                p.Id, p.ThreadId, p.Number, p.Version, p.Raw, p.CreatedAt, p.EditedAt, p.AuthorId,
                Withdrawn = p.DeletedAt != null,
                Removed = p.RemovedAt != null,
                Hidden = p.HiddenAt != null,

                // The reader's roles in the same query: whether they are staff decides what a moderated post shows them.
                ReaderRoles = db.Members.Where(m => m.Id == viewer).Select(m => (MemberRoles?)m.Roles).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var standing = post is null ? default : new PostStanding(post.Withdrawn, post.Removed, post.Hidden, MemberRoles.None);
        if (post is null || !standing.IsTextReadableBy(byAuthor: viewer != 0 && post.AuthorId == viewer, byStaff: post.ReaderRoles?.IsStaff() == true))
        {
            return null;
        }

        var revisions = await db.PostRevisions.AsNoTracking()
            .Where(r => r.PostId == post.Id)
            .OrderBy(r => r.Version)
            .Select(r => new PostRevisionView(r.Version, r.Raw, r.WrittenAt))
            .ToListAsync(cancellationToken);
        revisions.Add(new PostRevisionView(post.Version, post.Raw, post.EditedAt ?? post.CreatedAt));
        return new PostHistory(post.Id, post.ThreadId, post.Number, revisions);
    }
}
