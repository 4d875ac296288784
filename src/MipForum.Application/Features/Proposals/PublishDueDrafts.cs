using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Common;

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
            catch (DomainRuleException failure)
            {
                // E.g. its component was withdrawn meanwhile: leave the draft unpublished, unscheduled, and say why.
                LogNotPublished(draft.Id, failure.Message);
                db.ChangeTracker.Clear();
                var stuck = await db.Proposals.SingleAsync(p => p.Id == draft.Id, cancellationToken);
                stuck.CancelSchedule();
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }

        return published;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published scheduled draft {DraftId} as {Code}.")]
    private partial void LogPublished(int draftId, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled draft {DraftId} could not be published: {Reason}")]
    private partial void LogNotPublished(int draftId, string reason);
}
