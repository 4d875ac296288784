using MipForum.Domain.Common;

namespace MipForum.Domain.Polls;

public sealed partial class Poll
{
    /// <summary>
    /// Counts the poll, once. <paramref name="weights"/> gives each voter's weight at this moment (their snapshot weight plus
    /// what is delegated to them, see <see cref="BallotWeights"/>; 1 each in a one-member-one-vote poll); every ballot keeps
    /// the weight it carried, and the result is stored with the rule that produced it.
    /// </summary>
    public PollResult Close(IReadOnlyDictionary<int, decimal> weights, decimal eligibleTotal, DateTimeOffset now)
    {
        if (ClosedAt is not null)
        {
            throw new PollClosedException();
        }

        if (now < ClosesAt)
        {
            throw new DomainRuleException($"This poll closes on {ClosesAt.UtcDateTime:d MMM yyyy HH:mm} UTC.");
        }

        foreach (var ballot in _ballots)
        {
            ballot.Fix(weights.GetValueOrDefault(ballot.VoterId));
        }

        Result = PollTally.Count(Type, Rule, TallyOptions, [.. _ballots.Select(b => new CountedBallot(b.Choices, b.Weight!.Value))], Seed);
        EligibleTotal = eligibleTotal;
        ClosedAt = now;
        return Result;
    }

    /// <summary>The running count of an open poll whose results are live, with the weights as they stand now. Not stored.</summary>
    public PollResult RunningCount(IReadOnlyDictionary<int, decimal> weights) =>
        Result ?? PollTally.Count(Type, Rule, TallyOptions, [.. _ballots.Select(b => new CountedBallot(b.Choices, weights.GetValueOrDefault(b.VoterId)))], Seed);
}
