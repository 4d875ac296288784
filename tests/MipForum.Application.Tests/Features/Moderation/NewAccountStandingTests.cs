using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Tests.Features.Moderation;

/// <summary>
/// The brakes on new accounts ask a bounded question (is this member New?) instead of counting a member's whole
/// history: it must agree with the full standing in every case that decides it.
/// </summary>
public sealed class NewAccountStandingTests
{
    [Fact]
    public async Task ShouldAgreeWithTheFullStandingAsAMemberEarnsBasic()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var newcomer = await host.MemberAsync("brand.new");
        await ReplyAsync(forum, newcomer, 2);
        host.Time.Advance(TimeSpan.FromDays(3));

        var twoPosts = await BothAsync(host, newcomer);
        Assert.Equal(TrustLevel.New, twoPosts.Full.Level);
        Assert.Equal(2, twoPosts.Bounded?.PostsWritten);

        await ReplyAsync(forum, newcomer, 1);
        var threePosts = await BothAsync(host, newcomer);
        Assert.Equal(TrustLevel.Basic, threePosts.Full.Level);
        Assert.Null(threePosts.Bounded);
    }

    [Fact]
    public async Task ShouldKeepAMemberNewUntilTheDaysHavePassedHoweverManyTheirPosts()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var newcomer = await host.MemberAsync("brand.new");
        await ReplyAsync(forum, newcomer, 5);

        var standing = await BothAsync(host, newcomer);
        var today = await host.InScopeAsync(services => services.GetRequiredService<TrustCalculator>().NewAccountStandingAsync(newcomer, TrustRules.BasicPosts, 10, TestContext.Current.CancellationToken));

        Assert.Equal(TrustLevel.New, standing.Full.Level);
        Assert.Equal((5, 4), (today?.PostsLast24Hours, standing.Bounded?.PostsLast24Hours));
    }

    [Fact]
    public async Task ShouldCountOnlyUpToWhatTheQuestionNeeds()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var newcomer = await host.MemberAsync("brand.new");
        await ReplyAsync(forum, newcomer, 6);

        var bounded = await host.InScopeAsync(services => services.GetRequiredService<TrustCalculator>().NewAccountStandingAsync(newcomer, 4, 5, TestContext.Current.CancellationToken));

        Assert.Equal((4, 5), (bounded?.PostsWritten, bounded?.PostsLast24Hours));
    }

    [Fact]
    public async Task ShouldFollowStaffRolesAndAnAdminsOverride()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var admin = await host.MemberAsync("the.admin", MemberRoles.Contributor | MemberRoles.Admin);
        var moderator = await host.MemberAsync("a.moderator", MemberRoles.Contributor | MemberRoles.Moderator);
        var veteran = await host.MemberAsync("a.veteran");
        await ReplyAsync(forum, veteran, 3);
        host.Time.Advance(TimeSpan.FromDays(3));
        await host.SendAsync(new SetTrustLevelCommand("a.veteran", TrustLevel.New, "Sock puppet suspected"), asMember: admin);

        var staff = await BothAsync(host, moderator);
        var overridden = await BothAsync(host, veteran);

        Assert.Equal((TrustLevel.Regular, true), (staff.Full.Level, staff.Bounded is null));
        Assert.Equal((TrustLevel.New, false), (overridden.Full.Level, overridden.Bounded is null));
    }

    private static async Task ReplyAsync(DiscussionFixture forum, int member, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, $"Reply {i + 1} of a member finding their feet."), asMember: member);
        }
    }

    private static Task<(TrustCalculator.Standing Full, TrustCalculator.NewAccountStanding? Bounded)> BothAsync(ForumTestHost host, int member) =>
        host.InScopeAsync(async services =>
        {
            var trust = services.GetRequiredService<TrustCalculator>();
            return (await trust.ForAsync(member, TestContext.Current.CancellationToken), await trust.NewAccountStandingAsync(member, TrustRules.BasicPosts, 4, TestContext.Current.CancellationToken));
        });
}
