using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Domain.Tests.Moderation;

public sealed class FlaggingTests
{
    private const int Threshold = 9;

    private static Post Reply(out Member author)
    {
        author = TestData.Member("critic");
        var thread = ForumThread.Start(TestData.Category(), "MIP41c5-SP2 discussion thread", TestData.Member("facilitator"), TestData.Body(), TestData.Now);
        return thread.Reply(author, TestData.Body("This offboarding is rushed."), null, TestData.Now);
    }

    private static Member Flagger(string name) => TestData.Member("flagger-" + name);

    private static Member Moderator()
    {
        var moderator = TestData.Member("mod.maria");
        moderator.GrantAtSetup(MemberRoles.Moderator);
        return moderator;
    }

    [Fact]
    public void ShouldHidePendingReviewWhenThreeEstablishedMembersFlag()
    {
        var post = Reply(out _);

        Assert.False(post.AddFlag(Flagger("a"), FlagReason.Inappropriate, null, 3, false, Threshold, TestData.Now));
        Assert.False(post.AddFlag(Flagger("b"), FlagReason.Inappropriate, null, 3, false, Threshold, TestData.Now));
        Assert.True(post.AddFlag(Flagger("c"), FlagReason.Spam, null, 3, false, Threshold, TestData.Now));

        Assert.True(post.IsHidden);
        Assert.True(post.HiddenPendingReview);
        Assert.True(post.NeedsReview);
        Assert.Equal("Inappropriate", post.HiddenReason);
    }

    [Fact]
    public void ShouldNotHideWhenNewAccountsFlag()
    {
        var post = Reply(out _);
        for (var i = 0; i < 20; i++)
        {
            post.AddFlag(Flagger($"n{i}"), FlagReason.Spam, null, TrustRules.FlagWeight(TrustLevel.New, new TrustFacts(0, 0, 0, 0, 0)), false, Threshold, TestData.Now);
        }

        Assert.False(post.IsHidden);
        Assert.True(post.NeedsReview);
        Assert.Equal(0, post.PendingFlagWeight);
    }

    [Fact]
    public void ShouldNeverHideAStaffPostByFlagsAndLeaveItsFlagsToAnAdmin()
    {
        var thread = ForumThread.Start(TestData.Category(), "A thread a moderator posts in", TestData.Member("starter"), TestData.Body(), TestData.Now);
        var post = thread.Reply(Moderator(), TestData.Body("Please stay on topic."), null, TestData.Now);
        var otherModerator = TestData.Member("mod.omar");
        otherModerator.GrantAtSetup(MemberRoles.Moderator);
        var admin = TestData.Member("gov.admin");
        admin.GrantAtSetup(MemberRoles.Admin);

        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            Assert.False(post.AddFlag(Flagger(name), FlagReason.Inappropriate, null, 4, false, Threshold, TestData.Now));
        }

        Assert.False(post.IsHidden);
        Assert.Throws<NotPermittedException>(() => post.Decide(otherModerator, ReviewDecision.Agree, false, "Agreed", TestData.Now));
        post.Decide(admin, ReviewDecision.Disagree, false, "Moderating in public is fine.", TestData.Now);
        Assert.False(post.NeedsReview);
    }

    [Fact]
    public void ShouldSeeABurstOfFlagsFromAccountsCreatedTogetherOrFromOneAddress()
    {
        var hour = TimeSpan.FromHours(1);
        var t = TestData.Now;
        FlagOrigin At(double minutes, string? address = null) => new(t.AddMinutes(minutes), address);

        Assert.Equal(new FlagBurst(3, 0), FlagBurst.Of([At(0), At(20), At(59), At(200)], 3, hour));
        Assert.False(FlagBurst.Of([At(0), At(60), At(120)], 3, hour).IsSuspect);
        Assert.Equal(new FlagBurst(0, 3), FlagBurst.Of([At(0, "x"), At(500, "x"), At(1000, "x"), At(1500, null)], 3, hour));
        Assert.False(FlagBurst.Of([At(0, null), At(500, null), At(1000, null)], 3, hour).IsSuspect);
    }

    [Fact]
    public void ShouldNeverAutoHideCriticismOfALiveProposal()
    {
        var post = Reply(out _);

        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            Assert.False(post.AddFlag(Flagger(name), FlagReason.Inappropriate, null, 4, inLiveProposalThread: true, Threshold, TestData.Now));
        }

        Assert.False(post.IsHidden);
        Assert.True(post.NeedsReview);
    }

    [Fact]
    public void ShouldRefuseOwnPostsSecondFlagsAndSilentSomethingElse()
    {
        var post = Reply(out var author);
        var flagger = Flagger("a");
        post.AddFlag(flagger, FlagReason.OffTopic, null, 2, false, Threshold, TestData.Now);

        Assert.Throws<NotPermittedException>(() => post.AddFlag(author, FlagReason.Spam, null, 2, false, Threshold, TestData.Now));
        Assert.Throws<DomainRuleException>(() => post.AddFlag(flagger, FlagReason.Spam, null, 2, false, Threshold, TestData.Now));
        Assert.Throws<DomainRuleException>(() => post.AddFlag(Flagger("b"), FlagReason.SomethingElse, "  ", 2, false, Threshold, TestData.Now));
    }

    [Fact]
    public void ShouldRestoreAndCountAgainstFlaggersWhenAModeratorDisagrees()
    {
        var post = Reply(out _);
        var flaggers = new[] { Flagger("a"), Flagger("b"), Flagger("c") };
        foreach (var flagger in flaggers)
        {
            post.AddFlag(flagger, FlagReason.Inappropriate, null, 3, false, Threshold, TestData.Now);
        }

        post.Decide(Moderator(), ReviewDecision.Disagree, remove: false, "Criticism, not bullying.", TestData.Now);

        Assert.False(post.IsHidden);
        Assert.False(post.NeedsReview);
        Assert.All(post.Flags, f => Assert.Equal(FlagStatus.Disagreed, f.Status));
        Assert.All(flaggers, f => Assert.Equal(1, f.FlagsDisagreed));
    }

    [Fact]
    public void ShouldSendAHiddenPostBackToReviewWhenItsAuthorEditsIt()
    {
        var post = Reply(out var author);
        var moderator = Moderator();
        post.AddFlag(Flagger("a"), FlagReason.Inappropriate, null, 9, false, Threshold, TestData.Now);
        post.Decide(moderator, ReviewDecision.Agree, remove: false, "Personal attack.", TestData.Now);
        Assert.False(post.NeedsReview);

        post.Edit(author, TestData.Body("This offboarding is rushed; here is why."), post.Version, TestData.Now.AddHours(1));

        Assert.True(post.IsHidden);
        Assert.True(post.NeedsReview);
    }

    [Fact]
    public void ShouldLeaveModerationToModerators()
    {
        var post = Reply(out _);
        var contributor = Flagger("a");

        Assert.Throws<NotPermittedException>(() => post.Hide(contributor, "Because", TestData.Now));
        Assert.Throws<NotPermittedException>(() => post.Remove(contributor, "Because", TestData.Now));
        Assert.Throws<DomainRuleException>(() => post.Hide(Moderator(), " ", TestData.Now));
    }

    [Fact]
    public void ShouldLetAFlaggerRetractAPendingFlag()
    {
        var post = Reply(out _);
        var flagger = Flagger("a");
        post.AddFlag(flagger, FlagReason.OffTopic, null, 2, false, Threshold, TestData.Now);

        post.RetractFlag(flagger, TestData.Now);

        Assert.Equal(FlagStatus.Retracted, Assert.Single(post.Flags).Status);
        Assert.False(post.NeedsReview);
        Assert.Throws<DomainRuleException>(() => post.RetractFlag(flagger, TestData.Now));
    }

    [Theory]
    [InlineData(0, 0, 0, TrustLevel.New)]
    [InlineData(2, 3, 0, TrustLevel.Basic)]
    [InlineData(15, 10, 5, TrustLevel.Member)]
    [InlineData(60, 50, 20, TrustLevel.Regular)]
    public void ShouldEarnTrustFromActivity(int days, int posts, int likes, TrustLevel expected) =>
        Assert.Equal(expected, TrustRules.Earned(new TrustFacts(days, posts, likes, 0, 0)));

    [Fact]
    public void ShouldWeighFlagsOfInaccurateFlaggersLess()
    {
        Assert.Equal(3, TrustRules.FlagWeight(TrustLevel.Member, new TrustFacts(30, 20, 10, 0, 0)));
        Assert.Equal(2, TrustRules.FlagWeight(TrustLevel.Member, new TrustFacts(30, 20, 10, 1, 4)));
        Assert.Equal(1, TrustRules.FlagWeight(TrustLevel.Basic, new TrustFacts(5, 5, 0, 0, 9)));
        Assert.Equal(0, TrustRules.FlagWeight(TrustLevel.New, new TrustFacts(0, 0, 0, 0, 0)));
    }

    [Fact]
    public void ShouldSilenceUntilATimeWithAReason()
    {
        var member = TestData.Member("loud");
        var moderator = Moderator();

        Assert.Throws<NotPermittedException>(() => member.Sanction(false, TestData.Now.AddDays(1), "Spam", TestData.Member("peer"), TestData.Now));
        Assert.Throws<DomainRuleException>(() => member.Sanction(false, TestData.Now.AddDays(-1), "Spam", moderator, TestData.Now));
        member.Sanction(false, TestData.Now.AddDays(1), "Repeated spam", moderator, TestData.Now);

        Assert.True(member.IsSilenced(TestData.Now));
        Assert.False(member.IsSilenced(TestData.Now.AddDays(2)));
        Assert.Contains("Repeated spam", Assert.Throws<NotPermittedException>(() => member.EnsureMayPost(TestData.Now)).Message);
    }

    [Fact]
    public void ShouldMakeMembersWaitInSlowModeButNotStaff()
    {
        var thread = ForumThread.Start(TestData.Category(), "A heated thread about budgets", TestData.Member("starter"), TestData.Body(), TestData.Now);
        thread.SetSlowMode(60);

        Assert.Throws<DomainRuleException>(() => thread.EnsureSlowModeAllows(TestData.Member("eager"), TestData.Now, TestData.Now.AddSeconds(30)));
        thread.EnsureSlowModeAllows(TestData.Member("eager"), TestData.Now, TestData.Now.AddSeconds(60));
        thread.EnsureSlowModeAllows(Moderator(), TestData.Now, TestData.Now.AddSeconds(1));
    }

    [Fact]
    public void ShouldNotLetAModeratorDecideFlagsOnTheirOwnPost()
    {
        var moderator = Moderator();
        var thread = ForumThread.Start(TestData.Category(), "A thread a moderator posts in", TestData.Member("starter"), TestData.Body(), TestData.Now);
        var post = thread.Reply(moderator, TestData.Body("My own words"), null, TestData.Now);
        post.AddFlag(Flagger("a"), FlagReason.OffTopic, null, 2, false, Threshold, TestData.Now);

        Assert.Throws<NotPermittedException>(() => post.Decide(moderator, ReviewDecision.Disagree, false, "Fine by me", TestData.Now));
        Assert.Throws<NotPermittedException>(() => post.Hide(moderator, "Hiding my own words", TestData.Now));
    }
}
