using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Application.Features.Posts;

public sealed record PostSource(int Id, int ThreadId, int Number, string AuthorUserName, string Raw, int Version);

/// <summary>A post's markdown, for quoting and editing, by thread and number or by id; withdrawn posts have none to give, removed ones only to their author.</summary>
public sealed record GetPostSourceQuery(int ThreadId, int Number, int? PostId = null) : IQuery<PostSource?>;

public sealed class GetPostSourceQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<GetPostSourceQuery, PostSource?>
{
    public async ValueTask<PostSource?> Handle(GetPostSourceQuery query, CancellationToken cancellationToken)
    {
        var viewer = currentUser.MemberId ?? 0;
        var row = await db.Posts.AsNoTracking()
            .Where(p => query.PostId != null ? p.Id == query.PostId : p.ThreadId == query.ThreadId && p.Number == query.Number)
            .Select(p => new
            {
                Source = new PostSource(p.Id, p.ThreadId, p.Number, p.Author.UserName, p.Raw, p.Version),
                p.AuthorId,
                Withdrawn = p.DeletedAt != null,
                Removed = p.RemovedAt != null,
                Hidden = p.HiddenAt != null,
            })
            .SingleOrDefaultAsync(cancellationToken);

        // A removed post's text is for its author (who may edit it), not for quoting or the API: the domain's rule.
        var standing = row is null ? default : new PostStanding(row.Withdrawn, row.Removed, row.Hidden, MemberRoles.None);
        return row is not null && standing.IsSourceAvailableTo(byAuthor: viewer != 0 && row.AuthorId == viewer) ? row.Source : null;
    }
}
