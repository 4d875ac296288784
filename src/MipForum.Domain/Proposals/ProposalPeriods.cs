namespace MipForum.Domain.Proposals;

/// <summary>
/// A proposal's minimum feedback and frozen periods (MIP0c3). A process component can set its own for its
/// subproposals (MIP41c5: 2 weeks / 1 week); everything else uses MIP0's defaults of 3 months / 1 month.
/// </summary>
public sealed record ProposalPeriods(int FeedbackDays, int FrozenDays)
{
    public static readonly ProposalPeriods Default = new(90, 30);

    /// <summary>Deferred proposals become eligible for Obsolete after this long (MIP0).</summary>
    public static readonly TimeSpan DeferredBeforeObsolete = TimeSpan.FromDays(182);

    public TimeSpan Feedback => TimeSpan.FromDays(FeedbackDays);

    public TimeSpan Frozen => TimeSpan.FromDays(FrozenDays);

    public static ProposalPeriods Of(int feedbackDays, int frozenDays)
    {
        if (feedbackDays is < 0 or > 3650 || frozenDays is < 0 or > 3650)
        {
            throw new Common.DomainRuleException("Feedback and frozen periods are between 0 and 3650 days.");
        }

        return new ProposalPeriods(feedbackDays, frozenDays);
    }
}
