using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Polls;

public sealed partial class Poll
{
    /// <summary>Casts the member's ballot, or replaces the one they cast before. Returns the ballot.</summary>
    public Ballot Cast(Member voter, IReadOnlyList<int> choices, DateTimeOffset now)
    {
        EnsureOpen(now);
        BallotRules.Check(Type, TallyOptions, choices);
        BallotChanges++;
        if (BallotOf(voter) is { } ballot)
        {
            ballot.Change(choices, now);
            return ballot;
        }

        ballot = new Ballot(voter, choices, now);
        _ballots.Add(ballot);
        return ballot;
    }

    public void Withdraw(Member voter, DateTimeOffset now)
    {
        EnsureOpen(now);
        var ballot = BallotOf(voter) ?? throw new DomainRuleException("You have no ballot in this poll to withdraw.");
        _ballots.Remove(ballot);
        BallotChanges++;
    }

    /// <summary>
    /// Whether a one-member-one-vote ballot of a member who joined at <paramref name="joinedAt"/> counts (weighs 1): only
    /// members from before the poll was announced (its creation, not its opening, which may be days later), so accounts
    /// made once the poll was known cannot tip it (<see cref="BallotWeights"/>).
    /// </summary>
    public bool CountsMemberWhoJoinedAt(DateTimeOffset joinedAt) => joinedAt <= CreatedAt;

    /// <summary>The member's ballot: the same loaded member, or one with the same id once saved.</summary>
    public Ballot? BallotOf(Member voter) =>
        _ballots.SingleOrDefault(b => ReferenceEquals(b.Voter, voter) || (voter.Id != 0 && b.VoterId == voter.Id));

    private void EnsureOpen(DateTimeOffset now)
    {
        switch (StateAt(now))
        {
            case PollState.Scheduled:
                throw new DomainRuleException($"This poll opens on {OpensAt.UtcDateTime:d MMM yyyy HH:mm} UTC.");
            case PollState.Closing:
            case PollState.Closed:
                throw new PollClosedException();
        }
    }
}
