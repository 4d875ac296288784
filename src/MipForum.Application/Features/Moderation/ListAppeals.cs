using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Moderation;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Moderation;

public sealed record AppealView(int Id, int PostId, int ThreadId, int Number, string ThreadTitle, MemberRef Author, string Message, string Cooked, bool AssignedToMe, string AssignedTo, DateTimeOffset At);

/// <summary>Pending appeals for moderators, those assigned to the caller first.</summary>
public sealed record ListAppealsQuery : IQuery<IReadOnlyList<AppealView>>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ReviewQueue;
}

public sealed class ListAppealsQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<ListAppealsQuery, IReadOnlyList<AppealView>>
{
    public async ValueTask<IReadOnlyList<AppealView>> Handle(ListAppealsQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.MemberId ?? 0;
        return await db.Appeals.AsNoTracking()
            .Where(a => a.Status == AppealStatus.Pending)
            .OrderByDescending(a => a.AssignedModeratorId == me)
            .ThenBy(a => a.CreatedAt)
            .Take(50)
            .Select(a => new AppealView(
                a.Id,
                a.PostId,
                a.Post.ThreadId,
                a.Post.Number,
                a.Post.Thread.Title,
                new MemberRef(a.Author.UserName, a.Author.DisplayName),
                a.Message,
                a.Post.Cooked,
                a.AssignedModeratorId == me,
                db.Members.Where(m => m.Id == a.AssignedModeratorId).Select(m => m.UserName).First(),
                a.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
