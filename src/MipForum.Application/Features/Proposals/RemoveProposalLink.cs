using FluentValidation;
using Mediator;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

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
        RuleFor(c => c.Code).ValidProposalCode("MIP41c5-SP2");
        RuleFor(c => c.OtherCode).ValidProposalCode("MIP41c4-SP3");
    }
}

public sealed class RemoveProposalLinkCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RemoveProposalLinkCommand>
{
    public async ValueTask<Unit> Handle(RemoveProposalLinkCommand command, CancellationToken cancellationToken)
    {
        await ProposalLinkChanges.ApplyAsync(db, currentUser, command.Code, command.OtherCode, (link, actor) =>
        {
            var removal = link.Remove(actor, time.GetUtcNow()); // the domain refuses first; only then is the row deleted
            db.ProposalLinks.Remove(link);
            return removal;
        }, cancellationToken);
        return Unit.Value;
    }
}
