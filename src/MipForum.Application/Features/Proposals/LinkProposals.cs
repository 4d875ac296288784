using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Notifications;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals;

/// <summary>
/// Links a proposal to another (related, or replaces). Both pages show the link at once when the actor is also an author of
/// the other proposal, or an admin; otherwise it is proposed, and shows on the other page once its authors accept it.
/// </summary>
public sealed record LinkProposalsCommand(string Code, string OtherCode, ProposalRelation Relation = ProposalRelation.Related)
    : ICommand<RelatedProposal>, IRequirePermission
{
    public Permission RequiredPermission => Permission.DraftProposal;
}

public sealed class LinkProposalsCommandValidator : AbstractValidator<LinkProposalsCommand>
{
    public LinkProposalsCommandValidator()
    {
        RuleFor(c => c.Code).Must(code => ProposalCode.TryParse(code, out _)).WithMessage("Use a proposal code such as MIP41c5-SP2.");
        RuleFor(c => c.OtherCode).Must(code => ProposalCode.TryParse(code, out _)).WithMessage("Use a proposal code such as MIP41c4-SP3.");
        RuleFor(c => c.Relation).IsInEnum();
    }
}

public sealed class LinkProposalsCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<LinkProposalsCommand, RelatedProposal>
{
    public async ValueTask<RelatedProposal> Handle(LinkProposalsCommand command, CancellationToken cancellationToken)
    {
        var code = ProposalCode.Parse(command.Code).ToString();
        var otherCode = ProposalCode.Parse(command.OtherCode).ToString();
        var proposal = await db.Proposals.Include(p => p.CoAuthors).SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            ?? throw new NotFoundException($"There is no proposal {code}.");
        var other = await db.Proposals.Include(p => p.CoAuthors).SingleOrDefaultAsync(p => p.Code == otherCode, cancellationToken)
            ?? throw new RequestValidationException("otherCode", $"There is no proposal {otherCode}.");
        var actor = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var linked = await db.ProposalLinks.AnyAsync(
            l => (l.FromId == proposal.Id && l.ToId == other.Id) || (l.FromId == other.Id && l.ToId == proposal.Id), cancellationToken);
        var link = proposal.LinkTo(other, command.Relation, actor, linked, time.GetUtcNow());
        db.ProposalLinks.Add(link);
        db.ProposalLinkEvents.AddRange(link.Made());
        if (link.IsPending)
        {
            // The other proposal's authors decide whether the link shows on their page: they must learn it is waiting.
            var now = time.GetUtcNow();
            foreach (var authorId in other.CoAuthors.Select(c => c.MemberId).Prepend(other.AuthorId).Distinct())
            {
                if (Notification.AboutProposedLink(authorId, actor.Id, other.Id, now) is { } notification)
                {
                    db.Notifications.Add(notification);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RelatedProposal(other.Code!, other.Title, other.Status, RelatedProposal.Describe(command.Relation, outgoing: true, link.IsPending)) { Pending = link.IsPending };
    }
}
