using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Persistence;

/// <summary>
/// A command whose root changed between its read and its save (<see cref="RacingWrite"/>): where the user acted on what
/// they saw, the answer is a stale version (409, reload) and nothing of the command is stored; where the handler already
/// retries lost races, it retries and keeps the competitor's change.
/// </summary>
public sealed class LostRaceThroughCommandsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldAnswerStaleVersionWhenAMemberChangedWhileAModeratorSanctionedThem()
    {
        var race = new RacingWrite();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(race));
        var host = forum.Host;
        await using var _ = host;
        var admin = await host.MemberAsync("the.admin", MemberRoles.Admin);
        race.Arm(() => host.SendAsync(new SetTrustLevelCommand("sato-k", TrustLevel.Member, "Long-standing contributor"), asMember: admin));

        var refusal = await Assert.ThrowsAsync<StaleVersionException>(() =>
            host.SendAsync(new SanctionMemberCommand("sato-k", false, host.Time.Now.AddDays(3), "Cooling off"), asMember: admin));

        Assert.Equal(1, race.Raced);
        Assert.Contains("Reload", refusal.Message, StringComparison.Ordinal);
        var member = await ReadAsync(host, db => db.Members.SingleAsync(m => m.Id == forum.Other, Ct));
        Assert.Equal(TrustLevel.Member, member.TrustLevelOverride);
        Assert.Null(member.SilencedUntil);
        Assert.DoesNotContain(await ReadAsync(host, db => db.ModerationLog.ToListAsync(Ct)), e => e.Action == ModerationAction.SilenceMember);
    }

    [Fact]
    public async Task ShouldHideAPostThatWasLikedBetweenTheModeratorsReadAndSaveAndKeepTheLike()
    {
        var race = new RacingWrite();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(race));
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("mod.on.duty", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply someone likes."), asMember: forum.Other);
        race.Arm(() => host.SendAsync(new LikePostCommand(reply.Id), asMember: forum.Author));

        await host.SendAsync(new ModeratePostCommand(reply.Id, PostModeration.Hide, "Off topic"), asMember: moderator);

        Assert.Equal(1, race.Raced);
        var post = (await forum.PostsAsync()).Single(p => p.Id == reply.Id);
        Assert.Equal(1, post.LikeCount);
        Assert.NotNull(post.HiddenAt);
        Assert.Single(await ReadAsync(host, db => db.ModerationLog.Where(e => e.Action == ModerationAction.HidePost).ToListAsync(Ct)));
    }

    [Fact]
    public async Task ShouldRefuseAHideWhenAnotherModeratorHidThePostBetweenReadAndSaveAndLogOnlyTheirs()
    {
        var race = new RacingWrite();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(race));
        var host = forum.Host;
        await using var _ = host;
        var first = await host.MemberAsync("mod.first", MemberRoles.Moderator);
        var second = await host.MemberAsync("mod.second", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply two moderators look at."), asMember: forum.Other);
        race.Arm(() => host.SendAsync(new ModeratePostCommand(reply.Id, PostModeration.Hide, "Spam"), asMember: first));

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new ModeratePostCommand(reply.Id, PostModeration.Hide, "Off topic"), asMember: second));

        Assert.Equal("This post is already hidden.", refusal.Message);
        var log = await ReadAsync(host, db => db.ModerationLog.Where(e => e.Action == ModerationAction.HidePost).ToListAsync(Ct));
        Assert.Equal("Spam", Assert.Single(log).Reason);
    }

    [Fact]
    public async Task ShouldStoreAFlagThatHidesAPostLikedBetweenTheFlaggersReadAndSave()
    {
        var race = new RacingWrite();
        var forum = await DiscussionFixture.StartAsync(new Dictionary<string, string?> { ["Forum:Moderation:HideThreshold"] = "1" }, services => services.AddSingleton<IInterceptor>(race));
        var host = forum.Host;
        await using var _ = host;
        var admin = await host.MemberAsync("gov.admin", MemberRoles.Admin);
        var flagger = (await host.EstablishedMembersAsync(admin, "member.one")).Single();
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply one flag hides."), asMember: forum.Other);
        race.Arm(() => host.SendAsync(new LikePostCommand(reply.Id), asMember: forum.Author));

        var flagged = await host.SendAsync(new FlagPostCommand(reply.Id, FlagReason.Spam), asMember: flagger);

        Assert.Equal(1, race.Raced);
        Assert.True(flagged.Hidden);
        var post = (await forum.PostsAsync()).Single(p => p.Id == reply.Id);
        Assert.Equal((1, true), (post.LikeCount, post.HiddenAt is not null));
    }

    [Fact]
    public async Task ShouldRetryAReplyWhenTheThreadWasPinnedMeanwhileAndKeepThePin()
    {
        var race = new RacingWrite();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(race));
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("mod.on.duty", MemberRoles.Moderator);
        race.Arm(() => host.SendAsync(new ModerateThreadCommand(forum.ThreadId, ThreadModeration.Pin, "Important"), asMember: moderator));

        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply that loses one race."), asMember: forum.Other);

        Assert.Equal(1, race.Raced);
        Assert.Equal(2, reply.Number);
        Assert.True((await forum.ThreadsAsync()).Single().IsPinned);
        Assert.Contains(await forum.PostsAsync(), p => p.Id == reply.Id && p.Raw == "A reply that loses one race.");
    }

    [Fact]
    public async Task ShouldSaveAnEditWhenOnlyALikeLandedBetweenItsReadAndItsSave()
    {
        var race = new RacingWrite();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(race));
        var host = forum.Host;
        await using var _ = host;
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "The first text of a reply."), asMember: forum.Other);
        race.Arm(() => host.SendAsync(new LikePostCommand(reply.Id), asMember: forum.Author));

        var edited = await host.SendAsync(new EditPostCommand(reply.Id, "The second text of a reply.", Version: 1), asMember: forum.Other);

        Assert.Equal(1, race.Raced);
        Assert.Equal(2, edited.Version);
        var post = (await forum.PostsAsync()).Single(p => p.Id == reply.Id);
        Assert.Equal(("The second text of a reply.", 1), (post.Raw, post.LikeCount));
    }

    [Fact]
    public async Task ShouldAnswerStaleVersionWhenAnotherEditOfTheSameVersionLandedBetweenReadAndSave()
    {
        var race = new RacingWrite();
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(race));
        var host = forum.Host;
        await using var _ = host;
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "The first text of a reply."), asMember: forum.Other);
        race.Arm(() => host.SendAsync(new EditPostCommand(reply.Id, "Edited in the other tab.", Version: 1), asMember: forum.Other));

        await Assert.ThrowsAsync<StaleVersionException>(() => host.SendAsync(new EditPostCommand(reply.Id, "Edited in this tab.", Version: 1), asMember: forum.Other));

        Assert.Equal("Edited in the other tab.", (await forum.PostsAsync()).Single(p => p.Id == reply.Id).Raw);
    }

    private static Task<T> ReadAsync<T>(ForumTestHost host, Func<ForumDbContext, Task<T>> read) =>
        host.InScopeAsync(services => read(services.GetRequiredService<ForumDbContext>()));
}
