using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>An author of either proposal (or an admin) removes a link, proposed or accepted; both timelines keep the line.</summary>
public sealed record RemoveProposalLinkCommand(string Code, string OtherCode) : ICommand, IRequirePermission
{
    public Permission RequiredPermission => Permission.DraftProposal;
}

public sealed class RemoveProposalLinkCommandValidator : AbstractValidator<RemoveProposalLinkCommand>
{
    public RemoveProposalLinkCommandValidator()
    {
        RuleFor(c => c.Code).Must(code => ProposalCode.TryParse(code, out _)).WithMessage("Use a proposal code such as MIP41c5-SP2.");
        RuleFor(c => c.OtherCode).Must(code => ProposalCode.TryParse(code, out _)).WithMessage("Use a proposal code such as MIP41c4-SP3.");
    }
}

public sealed class RemoveProposalLinkCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RemoveProposalLinkCommand>
{
    public async ValueTask<Unit> Handle(RemoveProposalLinkCommand command, CancellationToken cancellationToken)
    {
        // Two clicks at once would each read the link as it was and both record the change on the timelines: the
        // serializable transaction (BEGIN IMMEDIATE on SQLite) makes the second wait, then see the first.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var link = await ProposalLinkChanges.FindAsync(db, command.Code, command.OtherCode, cancellationToken);
        var actor = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        db.ProposalLinkEvents.AddRange(link.Remove(actor, time.GetUtcNow()));
        db.ProposalLinks.Remove(link);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
