using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Notifications;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;
using MipForum.Domain.Notifications;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Moderation;

public sealed class ModerationTests
{
    private sealed record Setup(DiscussionFixture Forum, int PostId, int Moderator, int Admin, int[] Flaggers);

    private static async Task<Setup> FlaggableReplyAsync(IDictionary<string, string?>? settings = null)
    {
        var forum = await DiscussionFixture.StartAsync(settings);
        var admin = await forum.Host.MemberAsync("gov.admin", MemberRoles.Admin);
        var moderator = await forum.Host.MemberAsync("mod.maria", MemberRoles.Moderator);
        var flaggers = new List<int>();
        foreach (var name in new[] { "member.one", "member.two", "member.three" })
        {
            var id = await forum.Host.MemberAsync(name);
            await forum.Host.SendAsync(new SetTrustLevelCommand(name, TrustLevel.Member, "Long-standing contributor"), asMember: admin);
            flaggers.Add(id);
        }

        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "This offboarding is rushed and you all know it."), asMember: forum.Other);
        return new Setup(forum, reply.Id, moderator, admin, [.. flaggers]);
    }

    private static Task<List<ModerationLogEntry>> LogAsync(ForumTestHost host) =>
        host.InScopeAsync(s => s.GetRequiredService<ForumDbContext>().ModerationLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task ShouldHideAfterThreeEstablishedFlagsTellTheAuthorAndLogIt()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;

        var results = new List<FlagResult>();
        foreach (var flagger in setup.Flaggers)
        {
            results.Add(await host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.Inappropriate), asMember: flagger));
        }

        Assert.Equal([false, false, true], results.Select(r => r.Hidden));
        var post = (await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId)))!.Posts.Items[1];
        Assert.True(post.Hidden);
        Assert.True(post.HiddenPendingReview);
        Assert.Equal("Inappropriate", post.HiddenReason);
        Assert.Contains("rushed", post.Cooked, StringComparison.Ordinal); // hidden, not removed: readers can still choose to see it
        var notes = await host.SendAsync(new ListNotificationsQuery(), asMember: setup.Forum.Other);
        Assert.Equal(NotificationKind.PostHidden, Assert.Single(notes.Items).Kind);
        var auto = (await LogAsync(host)).Single(e => e.Action == ModerationAction.AutoHidePost);
        Assert.Null(auto.ModeratorId);
        Assert.Equal("Hidden pending review: flagged as Inappropriate by 3 members.", auto.Reason);
        var item = Assert.Single(await host.SendAsync(new ListReviewQueueQuery(), asMember: setup.Moderator));
        Assert.Equal(3, item.Flags.Count);
    }

    [Fact]
    public async Task ShouldShowThePostAgainWhenAModeratorDisagreesAndCountItAgainstTheFlaggers()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;
        foreach (var flagger in setup.Flaggers)
        {
            await host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.Inappropriate), asMember: flagger);
        }

        await host.SendAsync(new DecideReviewCommand([setup.PostId], ReviewDecision.Disagree, "Criticism of the proposal, not bullying."), asMember: setup.Moderator);

        Assert.False((await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId)))!.Posts.Items[1].Hidden);
        Assert.Empty(await host.SendAsync(new ListReviewQueueQuery(), asMember: setup.Moderator));
        var log = await LogAsync(host);
        Assert.Equal([ModerationAction.SetTrustLevel, ModerationAction.SetTrustLevel, ModerationAction.SetTrustLevel, ModerationAction.AutoHidePost, ModerationAction.DisagreeWithFlags], log.Select(e => e.Action));
        Assert.Equal(setup.Moderator, log[^1].ModeratorId);
        var accuracy = await host.InScopeAsync(s => s.GetRequiredService<ForumDbContext>().Members.Where(m => setup.Flaggers.Contains(m.Id)).Select(m => m.FlagsDisagreed).ToListAsync(TestContext.Current.CancellationToken));
        Assert.All(accuracy, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task ShouldNeverAutoHideInTheThreadOfALiveProposal()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;
        await host.ArrangeAsync(async (db, _) =>
            (await db.Proposals.SingleAsync(p => p.Code == "MIP41", TestContext.Current.CancellationToken)).RecordStatus(Domain.Proposals.ProposalStatus.Rfc, host.Time.Now));

        foreach (var flagger in setup.Flaggers)
        {
            Assert.False((await host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.Inappropriate), asMember: flagger)).Hidden);
        }

        Assert.False((await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId)))!.Posts.Items[1].Hidden);
        Assert.Single(await host.SendAsync(new ListReviewQueueQuery(), asMember: setup.Moderator));
    }

    [Fact]
    public async Task ShouldRejectInvalidFlagsAndFlagsOnOwnPosts()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;

        var noMessage = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.SomethingElse), asMember: setup.Flaggers[0]));
        Assert.Contains("message", noMessage.Errors.Keys);
        await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.Spam), asMember: setup.Forum.Other));
        await Assert.ThrowsAsync<NotSignedInException>(() => host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.Spam)));
        await host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.Spam), asMember: setup.Flaggers[0]);
        await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.OffTopic), asMember: setup.Flaggers[0]));
    }

    [Fact]
    public async Task ShouldKeepEveryModeratorDoorShutForContributors()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;
        var contributor = setup.Flaggers[0];

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new ListReviewQueueQuery(), asMember: contributor));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new DecideReviewCommand([setup.PostId], ReviewDecision.Agree, "no"), asMember: contributor));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new ModeratePostCommand(setup.PostId, PostModeration.Hide, "no"), asMember: contributor));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new ModerateThreadCommand(setup.Forum.ThreadId, ThreadModeration.Lock, "no"), asMember: contributor));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new SanctionMemberCommand("sato-k", false, host.Time.Now.AddDays(1), "no"), asMember: contributor));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new SetTrustLevelCommand("sato-k", TrustLevel.Regular), asMember: setup.Moderator));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new GetPostForModerationQuery(setup.PostId), asMember: contributor));
        Assert.False((await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId)))!.Posts.Items[1].Hidden);
    }

    [Fact]
    public async Task ShouldStopASilencedMemberFromPostingAndLogIt()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;

        await host.SendAsync(new SanctionMemberCommand("sato-k", false, host.Time.Now.AddDays(3), "Repeated personal attacks"), asMember: setup.Moderator);

        var refused = await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new ReplyToThreadCommand(setup.Forum.ThreadId, "Still here"), asMember: setup.Forum.Other));
        Assert.Contains("Repeated personal attacks", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new MipForum.Application.Features.Posts.EditPostCommand(setup.PostId, "Edited while silenced", 1), asMember: setup.Forum.Other));
        var entry = (await LogAsync(host))[^1];
        Assert.Equal((ModerationAction.SilenceMember, "@sato-k"), (entry.Action, entry.TargetLabel));
        await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new SanctionMemberCommand("sato-k", false, host.Time.Now.AddDays(3), " "), asMember: setup.Moderator));
    }

    [Fact]
    public async Task ShouldLockAndSlowAThreadFromTheModeratorSide()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;

        await host.SendAsync(new ModerateThreadCommand(setup.Forum.ThreadId, ThreadModeration.SlowMode, "Cooling down", SlowModeSeconds: 600), asMember: setup.Moderator);
        var slow = await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new ReplyToThreadCommand(setup.Forum.ThreadId, "Again"), asMember: setup.Forum.Other));
        Assert.Contains("slow mode", slow.Message, StringComparison.Ordinal);
        await host.SendAsync(new ModerateThreadCommand(setup.Forum.ThreadId, ThreadModeration.Lock, "Decision made"), asMember: setup.Moderator);
        await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new ReplyToThreadCommand(setup.Forum.ThreadId, "One more"), asMember: setup.Flaggers[0]));

        Assert.Equal([ModerationAction.SetSlowMode, ModerationAction.LockThread], (await LogAsync(host)).TakeLast(2).Select(e => e.Action));
    }

    [Fact]
    public async Task ShouldNeverLetTheLogBeChangedOrDeleted()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;
        await host.SendAsync(new ModeratePostCommand(setup.PostId, PostModeration.Hide, "Off-topic"), asMember: setup.Moderator);

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.ArrangeAsync(async (db, _) =>
            db.ModerationLog.Remove(await db.ModerationLog.OrderBy(e => e.Id).LastAsync(TestContext.Current.CancellationToken))));
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.ArrangeAsync(async (db, _) =>
            db.Entry(await db.ModerationLog.OrderBy(e => e.Id).LastAsync(TestContext.Current.CancellationToken)).Property(e => e.Reason).CurrentValue = "nothing to see"));

        Assert.Equal("Off-topic", (await LogAsync(host))[^1].Reason);
    }

    [Fact]
    public async Task ShouldBrakeNewAccounts()
    {
        var setup = await FlaggableReplyAsync(new Dictionary<string, string?>
        {
            ["Forum:Moderation:NewAccountPostsPerDay"] = "2",
            ["Forum:Moderation:NewAccountPostsWithoutLinks"] = "1",
        });
        var host = setup.Forum.Host;
        await using var _ = host;
        var newcomer = await host.MemberAsync("brand.new");

        var link = await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new ReplyToThreadCommand(setup.Forum.ThreadId, "Buy now at https://spam.example"), asMember: newcomer));
        Assert.Contains("links", link.Message, StringComparison.Ordinal);
        await host.SendAsync(new ReplyToThreadCommand(setup.Forum.ThreadId, "Hello, first post"), asMember: newcomer);
        await host.SendAsync(new ReplyToThreadCommand(setup.Forum.ThreadId, "Second post, with https://example.org now allowed"), asMember: newcomer);
        var daily = await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new ReplyToThreadCommand(setup.Forum.ThreadId, "Third"), asMember: newcomer));
        Assert.Contains("2 posts a day", daily.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldKeepARemovedPostsTextFromEveryoneButItsAuthor()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;

        await host.SendAsync(new ModeratePostCommand(setup.PostId, PostModeration.Remove, "Doxxing"), asMember: setup.Moderator);

        Assert.Null(await host.SendAsync(new MipForum.Application.Features.Posts.GetPostHistoryQuery(setup.PostId)));
        Assert.Null(await host.SendAsync(new MipForum.Application.Features.Posts.GetPostSourceQuery(0, 0, setup.PostId), asMember: setup.Flaggers[0]));
        Assert.NotNull(await host.SendAsync(new MipForum.Application.Features.Posts.GetPostSourceQuery(0, 0, setup.PostId), asMember: setup.Forum.Other));
        var asReader = (await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId), asMember: setup.Flaggers[0]))!.Posts.Items[1];
        var asAuthor = (await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId), asMember: setup.Forum.Other))!.Posts.Items[1];
        Assert.True(asReader.Removed);
        Assert.Equal(string.Empty, asReader.Cooked);
        Assert.Contains("rushed", asAuthor.Cooked, StringComparison.Ordinal);
        await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new MipForum.Application.Features.Posts.LikePostCommand(setup.PostId), asMember: setup.Flaggers[0]));
    }

    [Fact]
    public async Task ShouldShowAnAutoHiddenPostAgainWhenAModeratorDefers()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;
        foreach (var flagger in setup.Flaggers)
        {
            await host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.OffTopic), asMember: flagger);
        }

        await host.SendAsync(new DecideReviewCommand([setup.PostId], ReviewDecision.Defer, "Borderline; leaving it."), asMember: setup.Moderator);

        Assert.False((await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId)))!.Posts.Items[1].Hidden);
        Assert.Empty(await host.SendAsync(new ListReviewQueueQuery(), asMember: setup.Moderator));
    }

    [Fact]
    public async Task ShouldRefuseEveryCommandOfASuspendedMemberAndLetAnotherModeratorRestoreAnEditedRemovedPost()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;
        await host.SendAsync(new ModeratePostCommand(setup.PostId, PostModeration.Remove, "Off-topic rant"), asMember: setup.Moderator);
        await host.SendAsync(new MipForum.Application.Features.Posts.EditPostCommand(setup.PostId, "On topic now: the offboarding timeline is too short.", 1), asMember: setup.Forum.Other);
        Assert.True(Assert.Single(await host.SendAsync(new ListReviewQueueQuery(), asMember: setup.Moderator)).Removed);

        await host.SendAsync(new DecideReviewCommand([setup.PostId], ReviewDecision.Disagree, "Fixed by the author."), asMember: setup.Moderator);
        var post = (await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId)))!.Posts.Items[1];
        Assert.False(post.Removed);

        await host.SendAsync(new SanctionMemberCommand("member.one", true, host.Time.Now.AddDays(2), "Sock puppet"), asMember: setup.Moderator);
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.Spam), asMember: setup.Flaggers[0]));
        Assert.Contains("suspended", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldSkipAndNameTheItemsARuleProtectsInABulkSpamDecision()
    {
        var setup = await FlaggableReplyAsync();
        var host = setup.Forum.Host;
        await using var _ = host;
        var first = (await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId)))!.Posts.Items[0].Id;
        await host.SendAsync(new FlagPostCommand(first, FlagReason.Spam), asMember: setup.Flaggers[0]);
        await host.SendAsync(new FlagPostCommand(setup.PostId, FlagReason.Spam), asMember: setup.Flaggers[0]);

        var outcome = await host.SendAsync(new DecideReviewCommand([first, setup.PostId], ReviewDecision.Agree, "Spam.", Remove: true, SilenceAuthorDays: 30), asMember: setup.Moderator);

        Assert.Equal(1, outcome.Decided);
        Assert.Contains("#1 in", Assert.Single(outcome.Skipped), StringComparison.Ordinal);
        Assert.True((await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId)))!.Posts.Items[1].Removed);
    }
}
