using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;

namespace MipForum.Application.Features.Polls;

/// <summary>
/// Withdraws the member's ballot while the poll is open: they no longer count, for turnout either. Allowed while silenced:
/// taking back one's own influence is not speaking.
/// </summary>
public sealed record WithdrawBallotCommand(int PollId) : ICommand<Unit>, IRequirePermission, IAllowedWhileSilenced
{
    public Permission RequiredPermission => Permission.CastBallot;
}

public sealed class WithdrawBallotCommandHandler(IForumDbContext db, ICurrentUser currentUser, PollBallotBox box, TimeProvider time)
    : ICommandHandler<WithdrawBallotCommand, Unit>
{
    public async ValueTask<Unit> Handle(WithdrawBallotCommand command, CancellationToken cancellationToken)
    {
        var voterId = currentUser.MemberId ?? throw new NotSignedInException();
        return await box.ChangeAsync(command.PollId, voterId, async (poll, cancellation) =>
        {
            var voter = await db.Members.SingleAsync(m => m.Id == voterId, cancellation);
            poll.Withdraw(voter, time.GetUtcNow());
            return Unit.Value;
        }, cancellationToken);
    }
}
