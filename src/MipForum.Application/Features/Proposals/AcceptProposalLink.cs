using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>An author of the linked-to proposal (or an admin) accepts a proposed link: its page then shows it ("Replaced by …").</summary>
public sealed record AcceptProposalLinkCommand(string Code, string OtherCode) : ICommand, IRequirePermission
{
    public Permission RequiredPermission => Permission.DraftProposal;
}

public sealed class AcceptProposalLinkCommandValidator : AbstractValidator<AcceptProposalLinkCommand>
{
    public AcceptProposalLinkCommandValidator()
    {
        RuleFor(c => c.Code).Must(code => ProposalCode.TryParse(code, out _)).WithMessage("Use a proposal code such as MIP41c5-SP2.");
        RuleFor(c => c.OtherCode).Must(code => ProposalCode.TryParse(code, out _)).WithMessage("Use a proposal code such as MIP41c4-SP3.");
    }
}

public sealed class AcceptProposalLinkCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<AcceptProposalLinkCommand>
{
    public async ValueTask<Unit> Handle(AcceptProposalLinkCommand command, CancellationToken cancellationToken)
    {
        // Two clicks at once would each read the link as it was and both record the change on the timelines: the
        // serializable transaction (BEGIN IMMEDIATE on SQLite) makes the second wait, then see the first.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var link = await ProposalLinkChanges.FindAsync(db, command.Code, command.OtherCode, cancellationToken);
        var actor = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        db.ProposalLinkEvents.AddRange(link.Accept(actor, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
