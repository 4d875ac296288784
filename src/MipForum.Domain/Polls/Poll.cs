using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Domain.Polls;

/// <summary>
/// A signal poll in a thread (and through it on the thread's proposal). Its type, options, outcome rule, times, results
/// visibility and weighting are fixed when it is created; members cast, change or withdraw one ballot while it is open;
/// it is counted once, at the close, and from then on the poll, its ballots and its result never change.
/// </summary>
public sealed partial class Poll : IVersioned
{
    public const int QuestionMaxLength = 300;
    public const int MinimumOptions = 2;
    public static readonly TimeSpan ShortestDuration = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan LongestDuration = TimeSpan.FromDays(365);

    private readonly List<PollOption> _options = [];
    private readonly List<Ballot> _ballots = [];

    private Poll()
    {
        Question = string.Empty;
        Seed = string.Empty;
    }

    public int Id { get; private set; }

    /// <inheritdoc/>
    public int RowVersion { get; private set; }

    public int ThreadId { get; private set; }

    public ForumThread Thread { get; private set; } = null!;

    /// <summary>The post that opened the poll: it appears in the thread there.</summary>
    public int? PostId { get; private set; }

    public Post? Post { get; private set; }

    public int CreatorId { get; private set; }

    public Member Creator { get; private set; } = null!;

    public string Question { get; private set; }

    public PollType Type { get; private set; }

    public OutcomeRuleKind RuleKind { get; private set; }

    public decimal RuleShare { get; private set; }

    public decimal? RuleMinimumWeight { get; private set; }

    public OutcomeRule Rule => new(RuleKind, RuleShare, RuleMinimumWeight);

    public DateTimeOffset CreatedAt { get; private set => field = value.ToUniversalTime(); }

    public DateTimeOffset OpensAt { get; private set => field = value.ToUniversalTime(); }

    public DateTimeOffset ClosesAt { get; private set => field = value.ToUniversalTime(); }

    public ResultsVisibility Visibility { get; private set; }

    public PollWeighting Weighting { get; private set; }

    public int? SnapshotId { get; private set; }

    public WeightSnapshot? Snapshot { get; private set; }

    /// <summary>Breaks a tie for elimination that first-round totals do not (docs/polls.md); public, so anyone can recount.</summary>
    public string Seed { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set => field = value?.ToUniversalTime(); }

    /// <summary>Computed once, at the close, with <see cref="Rule"/>; null before.</summary>
    public PollResult? Result { get; private set; }

    /// <summary>What turnout is measured against, fixed at the close: the snapshot's total weight, or the members who could vote.</summary>
    public decimal? EligibleTotal { get; private set; }

    /// <summary>
    /// Moves with every ballot cast, changed or withdrawn, so the poll's row (and its version) changes with its ballots: a
    /// ballot saved against a poll that closed meanwhile conflicts instead of slipping in after the count.
    /// </summary>
    public int BallotChanges { get; private set; }

    public IReadOnlyList<PollOption> Options => _options;

    public IReadOnlyList<Ballot> Ballots => _ballots;

    public PollState StateAt(DateTimeOffset now) =>
        ClosedAt is not null ? PollState.Closed
        : now < OpensAt ? PollState.Scheduled
        : now >= ClosesAt ? PollState.Closing
        : PollState.Open;

    /// <summary>Whether a reader may see totals now: always once closed, while open only when the creator chose live results.</summary>
    public bool ShowsResultsAt(DateTimeOffset now) =>
        StateAt(now) == PollState.Closed || (Visibility == ResultsVisibility.Live && StateAt(now) != PollState.Scheduled);

    public IReadOnlyList<TallyOption> TallyOptions => [.. _options.OrderBy(o => o.Number).Select(o => o.ForTally())];

    /// <summary>Ties the poll to the post that announces it in the thread (created in the same save).</summary>
    public void AnnounceIn(Post post) => Post = post;
}
