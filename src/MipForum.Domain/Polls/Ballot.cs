using System.Globalization;
using MipForum.Domain.Members;

namespace MipForum.Domain.Polls;

/// <summary>
/// A member's one ballot in a poll: the options chosen (in rank order for ranked choice), changed or withdrawn until the
/// close. <see cref="Weight"/> is fixed when the poll closes (the voter's snapshot weight plus what was delegated to them
/// then), so the downloaded ballots show the weight each one carried.
/// </summary>
public sealed class Ballot
{
    private Ballot()
    {
        ChoiceList = string.Empty;
    }

    internal Ballot(Member voter, IReadOnlyList<int> choices, DateTimeOffset at)
    {
        Voter = voter;
        VoterId = voter.Id;
        ChoiceList = Join(choices);
        CastAt = at;
    }

    public int Id { get; private set; }

    public int PollId { get; private set; }

    public int VoterId { get; private set; }

    public Member Voter { get; private set; } = null!;

    /// <summary>Option numbers, comma-separated, in the voter's order (stored as one column: a ballot is read and written whole).</summary>
    public string ChoiceList { get; private set; }

    public IReadOnlyList<int> Choices =>
        [.. ChoiceList.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture))];

    public DateTimeOffset CastAt { get; private set => field = value.ToUniversalTime(); }

    /// <summary>Null until the close.</summary>
    public decimal? Weight { get; private set; }

    internal void Change(IReadOnlyList<int> choices, DateTimeOffset at)
    {
        ChoiceList = Join(choices);
        CastAt = at;
    }

    internal void Fix(decimal weight) => Weight = weight;

    private static string Join(IReadOnlyList<int> choices) => string.Join(',', choices.Select(c => c.ToString(CultureInfo.InvariantCulture)));
}
