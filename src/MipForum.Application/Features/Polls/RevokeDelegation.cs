using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Common;

namespace MipForum.Application.Features.Polls;

/// <summary>Ends the member's delegation: from now on their weight counts only when they vote themselves.</summary>
public sealed record RevokeDelegationCommand : ICommand<Unit>, IRequirePermission, IAllowedWhileSilenced
{
    public Permission RequiredPermission => Permission.DelegateWeight;
}

public sealed class RevokeDelegationCommandHandler(IForumDbContext db, ICurrentUser currentUser)
    : ICommandHandler<RevokeDelegationCommand, Unit>
{
    public async ValueTask<Unit> Handle(RevokeDelegationCommand command, CancellationToken cancellationToken)
    {
        var delegatorId = currentUser.MemberId ?? throw new NotSignedInException();
        var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.DelegatorId == delegatorId, cancellationToken)
            ?? throw new DomainRuleException("You have not delegated your weight.");
        db.Delegations.Remove(delegation);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
