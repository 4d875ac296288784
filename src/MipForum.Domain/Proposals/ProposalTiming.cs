namespace MipForum.Domain.Proposals;

/// <summary>
/// When a proposal's periods end (MIP0c3): the one timing rule. <see cref="Proposal"/> checks its moves and edits with
/// it, and read models build it from the same columns to show the dates, so a page never works the dates out itself.
/// </summary>
public sealed record ProposalTiming(ProposalStatus Status, DateTimeOffset? RfcAt, DateTimeOffset ContentChangedAt, DateTimeOffset StatusChangedAt, ProposalPeriods Periods)
{
    /// <summary>When the feedback period of the current request for comments ends; null when not in RFC.</summary>
    public DateTimeOffset? FeedbackEndsAt => Status == ProposalStatus.Rfc && RfcAt is { } rfc ? rfc + Periods.Feedback : null;

    /// <summary>The first moment an RFC may go to Formal Submission: feedback over and the text unchanged long enough; null when not in RFC.</summary>
    public DateTimeOffset? FormalSubmissionFrom => FeedbackEndsAt is { } end ? Later(end, FrozenSince) : null;

    /// <summary>True once the feedback period is over: the content is frozen until Formal Submission.</summary>
    public bool IsFrozen(DateTimeOffset now) => FeedbackEndsAt is { } end && now >= end;

    /// <summary>The first moment the lifecycle's timing allows the move; null when no timing rule applies.</summary>
    public DateTimeOffset? EarliestMove(ProposalStatus to) => (Status, to) switch
    {
        (ProposalStatus.Rfc, ProposalStatus.FormalSubmission) => FormalSubmissionFrom ?? FrozenSince,
        (ProposalStatus.Deferred, ProposalStatus.Obsolete) => StatusChangedAt + ProposalPeriods.DeferredBeforeObsolete,
        _ => null,
    };

    private DateTimeOffset FrozenSince => ContentChangedAt + Periods.Frozen;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
