using FluentValidation;
using Mediator;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

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
        RuleFor(c => c.Code).ValidProposalCode("MIP41c5-SP2");
        RuleFor(c => c.OtherCode).ValidProposalCode("MIP41c4-SP3");
    }
}

public sealed class AcceptProposalLinkCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<AcceptProposalLinkCommand>
{
    public async ValueTask<Unit> Handle(AcceptProposalLinkCommand command, CancellationToken cancellationToken)
    {
        await ProposalLinkChanges.ApplyAsync(db, currentUser, command.Code, command.OtherCode, (link, actor) => link.Accept(actor, time.GetUtcNow()), cancellationToken);
        return Unit.Value;
    }
}
