using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>
/// An author publishes a draft now (it is numbered and its thread opens), or with <see cref="At"/> schedules it; a time
/// on a weekend (UTC) is accepted with a warning, since few people read the forum then.
/// </summary>
public sealed record PublishProposalCommand(int Id, DateTimeOffset? At = null) : ICommand<PublishedProposal>, IRequirePermission
{
    public Permission RequiredPermission => Permission.DraftProposal;
}

public sealed class PublishProposalCommandHandler(IForumDbContext db, ICurrentUser currentUser, ProposalPublisher publisher, TimeProvider time)
    : ICommandHandler<PublishProposalCommand, PublishedProposal>
{
    public const string WeekendWarning = "That time falls on a weekend (UTC), when few people read the forum; consider a weekday.";

    public async ValueTask<PublishedProposal> Handle(PublishProposalCommand command, CancellationToken cancellationToken)
    {
        var actorId = currentUser.MemberId ?? throw new NotSignedInException();
        if (command.At is null)
        {
            return await publisher.PublishAsync(command.Id, actorId, cancellationToken);
        }

        var draft = await db.Proposals.Include(p => p.CoAuthors).SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        var actor = await db.Members.SingleAsync(m => m.Id == actorId, cancellationToken);
        if (draft is null || (draft.IsDraft && !draft.IsAuthor(actor)))
        {
            throw new NotFoundException($"There is no proposal {command.Id}.");
        }

        draft.SchedulePublication(actor, command.At, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new PublishedProposal(draft.Id, null, null, null, draft.PublishAt, Proposal.IsWeekendUtc(command.At.Value) ? WeekendWarning : null);
    }
}
