using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Polls;

namespace MipForum.Application.Features.Polls;

/// <summary>
/// Casts the member's ballot in an open poll, or replaces the one they cast: option ids in rank order for ranked choice.
/// Silenced and suspended members are refused by the pipeline, like every other command.
/// </summary>
public sealed record CastBallotCommand(int PollId, IReadOnlyList<int> Choices) : ICommand<MyBallotView>, IRequirePermission
{
    public Permission RequiredPermission => Permission.CastBallot;
}

public sealed class CastBallotCommandValidator : AbstractValidator<CastBallotCommand>
{
    public CastBallotCommandValidator()
    {
        RuleFor(c => c.Choices).NotEmpty().WithMessage("Choose an option.")
            .Must(c => c.Count <= 64).WithMessage("A ballot names each option at most once.");
    }
}

public sealed class CastBallotCommandHandler(IForumDbContext db, ICurrentUser currentUser, PollBallotBox box, PollWeighing weighing, TimeProvider time)
    : ICommandHandler<CastBallotCommand, MyBallotView>
{
    public async ValueTask<MyBallotView> Handle(CastBallotCommand command, CancellationToken cancellationToken)
    {
        var voterId = currentUser.MemberId ?? throw new NotSignedInException();
        var (poll, ballot) = await box.ChangeAsync(command.PollId, voterId, async (poll, cancellation) =>
        {
            var voter = await db.Members.SingleAsync(m => m.Id == voterId, cancellation);
            return (poll, poll.Cast(voter, command.Choices, time.GetUtcNow()));
        }, cancellationToken);

        // The weight it carries as things stand (fixed at the close): the voter learns at once what their ballot weighs.
        return new MyBallotView(ballot.Choices, ballot.CastAt, await weighing.WeightOfAsync(poll, voterId, time.GetUtcNow(), cancellationToken));
    }
}
