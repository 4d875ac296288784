using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Common;
using MipForum.Domain.Notifications;

namespace MipForum.Application.Features.Proposals;

/// <summary>The scheduler publishes every draft whose time has come, each as its author. Sent by the host only (system).</summary>
public sealed record PublishDueDraftsCommand : ICommand<int>, IRequirePermission
{
    public Permission RequiredPermission => Permission.PublishScheduledDrafts;
}

public sealed partial class PublishDueDraftsCommandHandler(IForumDbContext db, ProposalPublisher publisher, TimeProvider time, ILogger<PublishDueDraftsCommandHandler> logger)
    : ICommandHandler<PublishDueDraftsCommand, int>
{
    public async ValueTask<int> Handle(PublishDueDraftsCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Proposals.AsNoTracking()
            .Where(p => p.PublishedAt == null && p.PublishAt != null && p.PublishAt <= now)
            .OrderBy(p => p.PublishAt)
            .Select(p => new { p.Id, p.AuthorId })
            .Take(50)
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var draft in due)
        {
            try
            {
                var result = await publisher.PublishAsync(draft.Id, draft.AuthorId, cancellationToken);
                LogPublished(draft.Id, result.Code);
                published++;
            }
            catch (Exception failure) when (failure is DomainRuleException or NotFoundException)
            {
                // The author lost the role, was silenced or suspended, or the component closed: publishing would now be
                // refused to them, so it is refused to the schedule too. The draft stays a draft and is no longer due
                // (the scheduler does not retry it every tick), and the author is told why.
                LogNotPublished(draft.Id, failure.Message);
                db.ChangeTracker.Clear();
                await UnscheduleAsync(draft.Id, draft.AuthorId, now, cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // Something unexpected (the database, a bug): keep the schedule for the next tick, but let the other due drafts publish.
                LogFailed(draft.Id, failure);
            }

            db.ChangeTracker.Clear();
        }

        return published;
    }

    private async Task UnscheduleAsync(int draftId, int authorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stuck = await db.Proposals.SingleOrDefaultAsync(p => p.Id == draftId, cancellationToken);
        if (stuck is null)
        {
            return;
        }

        stuck.CancelSchedule();
        var author = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == authorId, cancellationToken);
        if (author is not null)
        {
            var kind = !PermissionMatrix.Allows(author.Roles, Permission.DraftProposal) ? NotificationKind.DraftNoRole
                : author.IsSilenced(now) || author.IsSuspended(now) ? NotificationKind.DraftSanctioned
                : NotificationKind.DraftRefused;
            db.Notifications.Add(Notification.AboutUnpublishedDraft(author.Id, kind, draftId, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published scheduled draft {DraftId} as {Code}.")]
    private partial void LogPublished(int draftId, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled draft {DraftId} could not be published and stays a draft: {Reason}")]
    private partial void LogNotPublished(int draftId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing scheduled draft {DraftId} failed; it is tried again at the next check.")]
    private partial void LogFailed(int draftId, Exception failure);
}
