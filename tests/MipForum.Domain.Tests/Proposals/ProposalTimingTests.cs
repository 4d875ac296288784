using MipForum.Domain.Proposals;

namespace MipForum.Domain.Tests.Proposals;

/// <summary>The one timing rule: pages show the dates that the lifecycle checks.</summary>
public sealed class ProposalTimingTests
{
    private static readonly DateTimeOffset RfcAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ShouldOpenFormalSubmissionWhenBothFeedbackAndFrozenPeriodsHaveEnded()
    {
        var periods = new ProposalPeriods(FeedbackDays: 14, FrozenDays: 7);
        var editedLate = new ProposalTiming(ProposalStatus.Rfc, RfcAt, ContentChangedAt: RfcAt.AddDays(12), StatusChangedAt: RfcAt, periods);
        var untouched = editedLate with { ContentChangedAt = RfcAt };

        Assert.Equal(RfcAt.AddDays(14), editedLate.FeedbackEndsAt);
        Assert.Equal(RfcAt.AddDays(19), editedLate.FormalSubmissionFrom);
        Assert.Equal(editedLate.FormalSubmissionFrom, editedLate.EarliestMove(ProposalStatus.FormalSubmission));
        Assert.Equal(RfcAt.AddDays(14), untouched.FormalSubmissionFrom);
        Assert.True(untouched.IsFrozen(RfcAt.AddDays(14)));
        Assert.False(untouched.IsFrozen(RfcAt.AddDays(13)));
    }

    [Fact]
    public void ShouldHaveNoFeedbackDatesOutsideARequestForComments()
    {
        var accepted = new ProposalTiming(ProposalStatus.Accepted, RfcAt, RfcAt, RfcAt, ProposalPeriods.Default);

        Assert.Null(accepted.FeedbackEndsAt);
        Assert.Null(accepted.FormalSubmissionFrom);
        Assert.Null(accepted.EarliestMove(ProposalStatus.FormalSubmission));
    }
}
