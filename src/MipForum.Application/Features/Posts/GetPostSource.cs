using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;

namespace MipForum.Application.Features.Posts;

public sealed record PostSource(int Id, int ThreadId, int Number, string AuthorUserName, string Raw, int Version);

/// <summary>A post's markdown, for quoting and editing, by thread and number or by id; withdrawn posts have none to give, removed ones only to their author.</summary>
public sealed record GetPostSourceQuery(int ThreadId, int Number, int? PostId = null) : IQuery<PostSource?>;

public sealed class GetPostSourceQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<GetPostSourceQuery, PostSource?>
{
    public async ValueTask<PostSource?> Handle(GetPostSourceQuery query, CancellationToken cancellationToken)
    {
        var viewer = currentUser.MemberId ?? 0;
        return await db.Posts.AsNoTracking()
            .Where(p => query.PostId != null ? p.Id == query.PostId : p.ThreadId == query.ThreadId && p.Number == query.Number)

            // A removed post's text is for its author (who may edit it), not for quoting or the API.
            .Where(p => p.DeletedAt == null && (p.RemovedAt == null || p.AuthorId == viewer))
            .Select(p => new PostSource(p.Id, p.ThreadId, p.Number, p.Author.UserName, p.Raw, p.Version))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
