using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Models;
using MipForum.Application.Common.Security;
using MipForum.Domain.Notifications;

namespace MipForum.Application.Features.Notifications;

/// <summary>One notification; <see cref="ThreadTitle"/> is the proposal's title when it is about a proposal (<see cref="ProposalId"/>).</summary>
public sealed record NotificationView(int Id, NotificationKind Kind, string ActorUserName, string ActorDisplayName, int ThreadId, string ThreadTitle, int PostNumber, DateTimeOffset CreatedAt, bool Read, int? ProposalId = null);

/// <summary>The signed-in member's notifications, newest first, with the unread count for the bell.</summary>
public sealed record ListNotificationsQuery(int Page = 1) : IQuery<PagedList<NotificationView>>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ViewOwnAccount;
}

public sealed class ListNotificationsQueryValidator : AbstractValidator<ListNotificationsQuery>
{
    public ListNotificationsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}

public sealed class ListNotificationsQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<ListNotificationsQuery, PagedList<NotificationView>>
{
    private const int PageSize = 30;

    public async ValueTask<PagedList<NotificationView>> Handle(ListNotificationsQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.MemberId ?? throw new NotSignedInException();
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == me);
        var total = await mine.CountAsync(cancellationToken);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((query.Page - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationView(
                n.Id,
                n.Kind,
                n.Actor.UserName,
                n.Actor.DisplayName,
                n.ThreadId,
                n.ProposalId != null
                    ? db.Proposals.Where(p => p.Id == n.ProposalId).Select(p => p.Title).FirstOrDefault() ?? string.Empty
                    : db.Threads.Where(t => t.Id == n.ThreadId).Select(t => t.Title).FirstOrDefault() ?? string.Empty,
                n.PostNumber,
                n.CreatedAt,
                n.ReadAt != null,
                n.ProposalId))
            .ToListAsync(cancellationToken);
        return new PagedList<NotificationView>(items, query.Page, PageSize, total);
    }
}

/// <summary>How many notifications the signed-in member has not read (the bell).</summary>
public sealed record CountUnreadNotificationsQuery : IQuery<int>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ViewOwnAccount;
}

public sealed class CountUnreadNotificationsQueryHandler(IForumDbContext db, ICurrentUser currentUser) : IQueryHandler<CountUnreadNotificationsQuery, int>
{
    // Compiled once: the bell asks on every signed-in page (CompiledQueries).
    private static readonly Func<DbContext, int, CancellationToken, Task<int>> UnreadOf =
        EF.CompileAsyncQuery((DbContext context, int memberId, CancellationToken _) =>
            context.Set<Notification>().Count(n => n.RecipientId == memberId && n.ReadAt == null));

    public async ValueTask<int> Handle(CountUnreadNotificationsQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.MemberId ?? throw new NotSignedInException();
        return await UnreadOf(db.AsDbContext(), me, cancellationToken);
    }
}

/// <summary>Marks all of the signed-in member's notifications read.</summary>
public sealed record MarkNotificationsReadCommand : ICommand<int>, IRequirePermission, IAllowedWhileSilenced
{
    public Permission RequiredPermission => Permission.ViewOwnAccount;
}

public sealed class MarkNotificationsReadCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<MarkNotificationsReadCommand, int>
{
    public async ValueTask<int> Handle(MarkNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        var unread = await db.Notifications.Where(n => n.RecipientId == currentUser.MemberId && n.ReadAt == null).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }
}
