using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

public sealed record DelegationView(string DelegateUserName, DateTimeOffset Since, DateTimeOffset? ExpiresAt);

/// <summary>Delegates the member's weight to another member, publicly, until an optional expiry; delegating again changes it.</summary>
public sealed record SetDelegationCommand(string To, DateTimeOffset? ExpiresAt = null) : ICommand<DelegationView>, IRequirePermission
{
    public Permission RequiredPermission => Permission.DelegateWeight;
}

public sealed class SetDelegationCommandValidator : AbstractValidator<SetDelegationCommand>
{
    public SetDelegationCommandValidator()
    {
        RuleFor(c => c.To).NotEmpty().WithMessage("Name the member you delegate to.").MaximumLength(UserNameRules.MaxLength + 1);
    }
}

public sealed class SetDelegationCommandHandler(IForumDbContext db, ICurrentUser currentUser, TimeProvider time, IDatabaseErrors errors)
    : ICommandHandler<SetDelegationCommand, DelegationView>
{
    public async ValueTask<DelegationView> Handle(SetDelegationCommand command, CancellationToken cancellationToken)
    {
        var delegatorId = currentUser.MemberId ?? throw new NotSignedInException();
        var name = UserNameRules.Normalize(command.To.Trim().TrimStart('@'));
        var to = await db.Members.SingleOrDefaultAsync(m => m.NormalizedUserName == name, cancellationToken)
            ?? throw new RequestValidationException("to", $"No member is called @{command.To.Trim().TrimStart('@')}.");
        var delegator = await db.Members.SingleAsync(m => m.Id == delegatorId, cancellationToken);
        var now = time.GetUtcNow();
        var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.DelegatorId == delegatorId, cancellationToken);
        if (delegation is null)
        {
            delegation = Delegation.Start(delegator, to, command.ExpiresAt, now);
            db.Delegations.Add(delegation);
        }
        else
        {
            delegation.ChangeTo(to, command.ExpiresAt, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException failure) when (errors.IsUniqueViolation(failure))
        {
            // The same member's parallel request created it first (one delegation per delegator).
            throw new Domain.Common.StaleVersionException("Your delegation changed meanwhile; reload to see it.");
        }

        return new DelegationView(to.UserName, delegation.Since, delegation.ExpiresAt);
    }
}
