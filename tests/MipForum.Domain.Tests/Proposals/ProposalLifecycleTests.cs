using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Domain.Tests.Proposals;

/// <summary>MIP0's lifecycle with MIP41c5's periods (2 weeks feedback, 1 week frozen), on a fixed clock.</summary>
public sealed class ProposalLifecycleTests
{
    private static readonly DateTimeOffset Published = TestData.Now;

    private readonly Member _author = TestData.Member("lena.v");
    private readonly Member _admin = Admin();
    private readonly Member _stranger = TestData.Member("tkdev");

    private static Member Admin()
    {
        var admin = TestData.Member("gov.facilitator");
        admin.GrantAtSetup(MemberRoles.Admin);
        return admin;
    }

    private Proposal PublishedOffboarding()
    {
        var mip = Proposal.Recorded(ProposalCode.Parse("MIP41"), null, "Facilitator framework", "", _admin, TestData.Body(), Published.AddYears(-2));
        var component = Proposal.Recorded(ProposalCode.Parse("MIP41c5"), mip, "Facilitator offboarding", "", _admin, TestData.Body(), Published.AddYears(-2));
        component.PrescribeTemplate(new SubproposalTemplate([new TemplateSection("Sentence Summary", 2, true, "One sentence.")]), ProposalPeriods.Of(14, 7));
        var draft = Proposal.StartDraft(component, "Facilitator Offboarding (RWF-001)", "Offboards the facilitator.", _author, TestData.Body(), Published.AddDays(-1));
        draft.Publish(_author, 2, Published);
        return draft;
    }

    [Fact]
    public void ShouldNumberTakePeriodsAndStartRfcWhenDraftIsPublished()
    {
        var proposal = PublishedOffboarding();

        Assert.Equal("MIP41c5-SP2", proposal.Code);
        Assert.Equal(ProposalStatus.Rfc, proposal.Status);
        Assert.Equal(new ProposalPeriods(14, 7), proposal.Periods);
        Assert.Equal(Published + TimeSpan.FromDays(14), proposal.FeedbackEndsAt);
        var first = Assert.Single(proposal.Transitions);
        Assert.Null(first.From);
        Assert.Equal(ProposalStatus.Rfc, first.To);
        Assert.Contains(new PreambleEntry("MIP41c5-SP#", "2"), proposal.Preamble);
        Assert.Contains(new PreambleEntry("Status", "RFC"), proposal.Preamble);
    }

    [Fact]
    public void ShouldRefuseFormalSubmissionUntilTheFeedbackPeriodEnds()
    {
        var proposal = PublishedOffboarding();

        var tooEarly = Assert.Throws<DomainRuleException>(() =>
            proposal.MoveTo(ProposalStatus.FormalSubmission, _admin, "Ready", false, Published.AddDays(14).AddSeconds(-1)));
        Assert.Contains("feedback period is 14 days", tooEarly.Message);

        proposal.MoveTo(ProposalStatus.FormalSubmission, _admin, "Feedback period over", false, Published.AddDays(14));
        Assert.Equal(ProposalStatus.FormalSubmission, proposal.Status);
    }

    [Fact]
    public void ShouldRestartTheFrozenClockWhenTheTextChangesLateInTheFeedbackPeriod()
    {
        var proposal = PublishedOffboarding();
        var lateEdit = Published.AddDays(10);
        proposal.Revise(_author, proposal.Title, proposal.Summary, TestData.Body("changed"), 1, lateEdit);

        Assert.Throws<DomainRuleException>(() => proposal.MoveTo(ProposalStatus.FormalSubmission, _admin, "Ready", false, lateEdit.AddDays(7).AddSeconds(-1)));
        proposal.MoveTo(ProposalStatus.FormalSubmission, _admin, "Ready", false, lateEdit.AddDays(7));
    }

    [Fact]
    public void ShouldRefuseContentChangesOnceFrozenUnlessAnAdminOverridesWithAReason()
    {
        var proposal = PublishedOffboarding();
        var frozen = Published.AddDays(14);

        var refused = Assert.Throws<DomainRuleException>(() => proposal.Revise(_author, proposal.Title, "", TestData.Body("late"), 1, frozen));
        Assert.Contains("frozen", refused.Message);
        Assert.Throws<NotPermittedException>(() => proposal.Revise(_author, proposal.Title, "", TestData.Body("late"), 1, frozen, "typo", overrideFrozen: true));
        Assert.Throws<DomainRuleException>(() => proposal.Revise(_admin, proposal.Title, "", TestData.Body("late"), 1, frozen, " ", overrideFrozen: true));

        proposal.Revise(_admin, proposal.Title, "", TestData.Body("late"), 1, frozen, "Fix a broken link", overrideFrozen: true);

        var revision = Assert.Single(proposal.Revisions);
        Assert.True(revision.IsOverride);
        Assert.Equal("Hello **world**", revision.BodyMarkdown);
        Assert.Equal(2, proposal.Version);
    }

    [Fact]
    public void ShouldMarkAnAdminOverrideOfTheFeedbackPeriodOnTheTimeline()
    {
        var proposal = PublishedOffboarding();

        Assert.Throws<NotPermittedException>(() => proposal.MoveTo(ProposalStatus.FormalSubmission, _author, "Urgent", true, Published.AddDays(1)));
        var moved = proposal.MoveTo(ProposalStatus.FormalSubmission, _admin, "MIP41c7: no interim facilitator within 72 hours", true, Published.AddDays(1));

        Assert.True(moved.IsOverride);
        Assert.Equal(ProposalStatus.Rfc, moved.From);
        Assert.Equal(_admin, moved.Actor);
    }

    [Fact]
    public void ShouldNotMarkOverrideWhenNoTimingRuleWasBroken()
    {
        var proposal = PublishedOffboarding();

        var moved = proposal.MoveTo(ProposalStatus.FormalSubmission, _admin, "Ready", true, Published.AddDays(30));

        Assert.False(moved.IsOverride);
    }

    [Theory]
    [InlineData(ProposalStatus.FormalSubmission)]
    [InlineData(ProposalStatus.Deferred)]
    public void ShouldLeaveGovernanceStepsToAdmins(ProposalStatus to)
    {
        var proposal = PublishedOffboarding();

        var error = Assert.Throws<NotPermittedException>(() => proposal.MoveTo(to, _author, "Please", false, Published.AddDays(60)));

        Assert.Contains("Only admins", error.Message);
    }

    [Fact]
    public void ShouldLetAuthorsButNotOthersWithdraw()
    {
        var proposal = PublishedOffboarding();

        Assert.Throws<NotPermittedException>(() => proposal.MoveTo(ProposalStatus.Withdrawn, _stranger, "Not mine", false, Published.AddDays(1)));
        proposal.MoveTo(ProposalStatus.Withdrawn, _author, "Resolved privately", false, Published.AddDays(1));

        Assert.Equal(ProposalStatus.Withdrawn, proposal.Status);
        Assert.Contains(new PreambleEntry("Status", "Withdrawn"), proposal.Preamble);
    }

    [Fact]
    public void ShouldRefuseMovesTheLifecycleDoesNotHave()
    {
        var proposal = PublishedOffboarding();

        var error = Assert.Throws<DomainRuleException>(() => proposal.MoveTo(ProposalStatus.Accepted, _admin, "Skip the vote", true, Published.AddDays(60)));

        Assert.Equal("A proposal in RFC cannot move to Accepted.", error.Message);
    }

    [Fact]
    public void ShouldRequireAReasonForEveryMove()
    {
        var proposal = PublishedOffboarding();

        Assert.Throws<DomainRuleException>(() => proposal.MoveTo(ProposalStatus.Withdrawn, _author, "  ", false, Published.AddDays(1)));
    }

    [Fact]
    public void ShouldRatifyWhenAcceptedAfterFormalSubmission()
    {
        var proposal = PublishedOffboarding();
        proposal.MoveTo(ProposalStatus.FormalSubmission, _admin, "Ready", false, Published.AddDays(21));

        proposal.MoveTo(ProposalStatus.Accepted, _admin, "Poll passed", false, Published.AddDays(35));

        Assert.Equal(Published.AddDays(35), proposal.RatifiedAt);
        Assert.Contains(new PreambleEntry("Date Ratified", "2026-12-31"), proposal.Preamble);
        Assert.Equal([null, ProposalStatus.Rfc, ProposalStatus.FormalSubmission], proposal.Transitions.Select(t => t.From));
        Assert.Throws<DomainRuleException>(() => proposal.Revise(_author, proposal.Title, "", TestData.Body("after"), 1, Published.AddDays(36)));
    }

    [Fact]
    public void ShouldAllowObsoleteOnlySixMonthsAfterDeferral()
    {
        var proposal = PublishedOffboarding();
        var deferred = Published.AddDays(20);
        proposal.MoveTo(ProposalStatus.Deferred, _admin, "Waiting for the budget MIP", false, deferred);

        Assert.Throws<DomainRuleException>(() => proposal.MoveTo(ProposalStatus.Obsolete, _admin, "Stale", false, deferred.AddDays(181)));
        proposal.MoveTo(ProposalStatus.Obsolete, _admin, "Stale", false, deferred.AddDays(182));

        Assert.Equal(ProposalStatus.Obsolete, proposal.Status);
    }

    [Fact]
    public void ShouldKeepDraftsPrivateToAuthorsAndUnnumbered()
    {
        var component = PublishedOffboarding().Parent!;
        var draft = Proposal.StartDraft(component, "Facilitator Offboarding (XYZ-002)", "", _author, TestData.Body(), Published);

        Assert.True(draft.IsDraft);
        Assert.Null(draft.Code);
        Assert.Throws<DomainRuleException>(() => draft.MoveTo(ProposalStatus.Rfc, _author, "Go", false, Published));
        Assert.Throws<NotPermittedException>(() => draft.Publish(_stranger, 3, Published));
        draft.AddCoAuthor(_author, _stranger);
        draft.Publish(_stranger, 3, Published);
        Assert.Equal("MIP41c5-SP3", draft.Code);
    }

    [Fact]
    public void ShouldRefuseSchedulingInThePastAndKnowWeekends()
    {
        var component = PublishedOffboarding().Parent!;
        var draft = Proposal.StartDraft(component, "Facilitator Offboarding (XYZ-002)", "", _author, TestData.Body(), Published);

        Assert.Throws<DomainRuleException>(() => draft.SchedulePublication(_author, Published.AddMinutes(-1), Published));
        draft.SchedulePublication(_author, Published.AddDays(2), Published);

        Assert.Equal(Published.AddDays(2), draft.PublishAt);
        Assert.True(Proposal.IsWeekendUtc(new DateTimeOffset(2026, 11, 28, 23, 30, 0, TimeSpan.Zero)));
        Assert.False(Proposal.IsWeekendUtc(new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.FromHours(-2)))); // Sunday evening locally, Monday in UTC
    }

    [Fact]
    public void ShouldCheckTemplateSectionsAndFormats()
    {
        var template = new SubproposalTemplate(
        [
            new TemplateSection("Sentence Summary", 2, true, "One sentence."),
            new TemplateSection("Specification", 2, false, string.Empty, IsGroup: true),
            new TemplateSection("Core Unit ID", 3, true, "The unit.", @"\b[A-Z]{2,5}-\d{3}\b", "a Core Unit ID such as RWF-001"),
            new TemplateSection("Extra", 3, false, "Anything else."),
        ]);

        var errors = template.Check(new Dictionary<string, string> { ["Core Unit ID"] = "the research unit" });

        Assert.Equal("Sentence Summary is required.", errors["Sentence Summary"]);
        Assert.Equal("Core Unit ID must contain a Core Unit ID such as RWF-001.", errors["Core Unit ID"]);
        var body = template.Compose(new Dictionary<string, string> { ["Sentence Summary"] = "Offboard.", ["Core Unit ID"] = "RWF-001" });
        Assert.Equal("## Sentence Summary\n\nOffboard.\n\n## Specification\n\n### Core Unit ID\n\nRWF-001\n", body);
    }
}

public sealed class SubproposalTemplateTests
{
    [Fact]
    public void ShouldSplitAComposedBodyBackIntoItsSections()
    {
        var template = StandardTemplates.FacilitatorOffboarding;
        var texts = new Dictionary<string, string>
        {
            ["Sentence Summary"] = "Offboards the facilitator of RWF-001.",
            ["Paragraph Summary"] = "Background.\n\n```\n## Motivation inside a fence stays text\n```",
            ["Motivation"] = "Reasons.\n\n#### A sub-heading the template does not know",
            ["Powers for Unwinding Plan"] = "Keep the multisig for 30 days.",
            ["Core Unit ID"] = "RWF-001",
        };

        var split = template.Split(template.Compose(texts));

        Assert.Equal(texts.OrderBy(t => t.Key), split.OrderBy(t => t.Key));
    }
}
