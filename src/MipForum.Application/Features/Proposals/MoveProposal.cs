using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Common;
using MipForum.Domain.Proposals;
using MipForum.Application.Common.ReadModels;

namespace MipForum.Application.Features.Proposals;

public sealed record TimelineEntry(ProposalStatus? From, ProposalStatus To, MemberRef Actor, DateTimeOffset At, string Reason, bool IsOverride);

/// <summary>
/// Moves a published proposal through its lifecycle. The domain decides who may (authors or admins acting as governance
/// facilitators) and when (feedback and frozen periods); an admin may override timing with a reason.
/// </summary>
public sealed record MoveProposalCommand(string Code, ProposalStatus To, string Reason, bool Override = false)
    : ICommand<TimelineEntry>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ChangeProposalStatus;
}

public sealed class MoveProposalCommandValidator : AbstractValidator<MoveProposalCommand>
{
    public MoveProposalCommandValidator()
    {
        RuleFor(c => c.Code).Must(code => ProposalCode.TryParse(code, out _)).WithMessage("Use a proposal code such as MIP41c5-SP2.");
        RuleFor(c => c.To).IsInEnum().WithMessage("Choose a status.");
        RuleFor(c => c.Reason).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Give a reason: it is shown on the proposal's timeline.")
            .Must(Domain.Common.VisibleText.HasVisibleCharacter).WithMessage("The reason has no visible text: the timeline would show nothing.");
        RuleFor(c => c.Reason).ValidReason();
    }
}

public sealed class MoveProposalCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<MoveProposalCommand, TimelineEntry>
{
    public async ValueTask<TimelineEntry> Handle(MoveProposalCommand command, CancellationToken cancellationToken)
    {
        var code = ProposalCode.Parse(command.Code).ToString();
        var proposal = await db.Proposals.Include(p => p.CoAuthors).SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            ?? throw new NotFoundException($"There is no proposal {code}.");
        var actor = await db.Members.SingleAsync(m => m.Id == currentUser.MemberId, cancellationToken);
        var transition = proposal.MoveTo(command.To, actor, command.Reason, command.Override, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleVersionException("The proposal changed at the same moment. Reload it and choose the move again.");
        }

        return new TimelineEntry(transition.From, transition.To, new MemberRef(actor.UserName, actor.DisplayName), transition.At, transition.Reason, transition.IsOverride);
    }
}
