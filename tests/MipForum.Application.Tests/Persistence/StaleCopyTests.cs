using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;
using MipForum.Domain.Proposals;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Persistence;

/// <summary>
/// Two changes of the same aggregate root from copies read at the same time: the first is saved, the second fails with a
/// concurrency failure and changes nothing, even when the two touched different columns (ADR 0020). No silent lost update.
/// </summary>
public sealed class StaleCopyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldRefuseAMembersStaleCopyAfterTheirTrustLevelChanged()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var admin = await host.MemberAsync("the.admin", MemberRoles.Admin);
        var moderator = await host.MemberAsync("mod.on.duty", MemberRoles.Moderator);

        var failure = await RowVersionReader.SaveStaleCopyAsync(host,
            db => db.Members.SingleAsync(m => m.Id == forum.Other, Ct),
            async (member, db) => member.SetTrustLevel(TrustLevel.Member, await db.Members.SingleAsync(m => m.Id == admin, Ct)),
            async (member, db) => member.Sanction(false, host.Time.Now.AddDays(3), "Cooling off", await db.Members.SingleAsync(m => m.Id == moderator, Ct), host.Time.Now));

        Assert.IsType<DbUpdateConcurrencyException>(failure);
        var stored = await ReadAsync(host, db => db.Members.SingleAsync(m => m.Id == forum.Other, Ct));
        Assert.Equal(TrustLevel.Member, stored.TrustLevelOverride);
        Assert.Null(stored.SilencedUntil);
    }

    [Fact]
    public async Task ShouldRefuseAPostsStaleCopyAfterItWasEdited()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("mod.on.duty", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "The first text of a reply."), asMember: forum.Other);
        var edited = await host.InScopeAsync(services => services.GetRequiredService<IMarkdownCooker>().CookAsync("The author's second text.", Ct));

        var failure = await RowVersionReader.SaveStaleCopyAsync(host,
            db => db.Posts.Include(p => p.Author).SingleAsync(p => p.Id == reply.Id, Ct),
            (post, _) => Done(() => post.Edit(post.Author, edited, 1, host.Time.Now)),
            async (post, db) => post.Hide(await db.Members.SingleAsync(m => m.Id == moderator, Ct), "Off topic", host.Time.Now));

        Assert.IsType<DbUpdateConcurrencyException>(failure);
        var stored = await ReadAsync(host, db => db.Posts.SingleAsync(p => p.Id == reply.Id, Ct));
        Assert.Equal("The author's second text.", stored.Raw);
        Assert.Null(stored.HiddenAt);
    }

    [Fact]
    public async Task ShouldRefuseAPostsCopyReadBeforeALikeAndKeepTheLike()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("mod.on.duty", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply someone likes."), asMember: forum.Other);

        var failure = await RowVersionReader.SaveStaleCopyAsync(host,
            db => db.Posts.Include(p => p.Author).SingleAsync(p => p.Id == reply.Id, Ct),
            async (_, _) => await host.SendAsync(new LikePostCommand(reply.Id), asMember: forum.Author),
            async (post, db) => post.Hide(await db.Members.SingleAsync(m => m.Id == moderator, Ct), "Off topic", host.Time.Now));

        Assert.IsType<DbUpdateConcurrencyException>(failure);
        var stored = await ReadAsync(host, db => db.Posts.SingleAsync(p => p.Id == reply.Id, Ct));
        Assert.Equal(1, stored.LikeCount);
        Assert.Null(stored.HiddenAt);
    }

    [Fact]
    public async Task ShouldRefuseAReplyFromAThreadCopyReadBeforeTheLock()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var body = await host.InScopeAsync(services => services.GetRequiredService<IMarkdownCooker>().CookAsync("A reply into a thread being locked.", Ct));
        var before = (await forum.ThreadsAsync()).Single().PostCount;

        var failure = await RowVersionReader.SaveStaleCopyAsync(host,
            db => db.Threads.SingleAsync(t => t.Id == forum.ThreadId, Ct),
            (thread, _) => Done(thread.Lock),
            async (thread, db) => thread.Reply(await db.Members.SingleAsync(m => m.Id == forum.Other, Ct), body, null, host.Time.Now));

        Assert.IsType<DbUpdateConcurrencyException>(failure);
        var stored = (await forum.ThreadsAsync()).Single();
        Assert.True(stored.IsLocked);
        Assert.Equal(before, stored.PostCount);
        Assert.DoesNotContain(await forum.PostsAsync(), p => p.Raw == "A reply into a thread being locked.");
    }

    [Fact]
    public async Task ShouldRefuseAProposalsStaleCopyAfterItsStatusChanged()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;

        var failure = await RowVersionReader.SaveStaleCopyAsync(host,
            db => db.Proposals.SingleAsync(p => p.Code == "MIP41", Ct),
            (proposal, _) => Done(() => proposal.RecordStatus(ProposalStatus.Obsolete, host.Time.Now)),
            (proposal, _) => Done(() => proposal.RecordStatus(ProposalStatus.Rejected, host.Time.Now)));

        Assert.IsType<DbUpdateConcurrencyException>(failure);
        Assert.Equal(ProposalStatus.Obsolete, (await ReadAsync(host, db => db.Proposals.SingleAsync(p => p.Code == "MIP41", Ct))).Status);
    }

    [Fact]
    public async Task ShouldRefuseTheSecondDecisionOfAnAppealFromAStaleCopy()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var acting = await host.MemberAsync("mod.acting", MemberRoles.Moderator);
        var assigned = await host.MemberAsync("mod.other", MemberRoles.Moderator);
        var admin = await host.MemberAsync("the.admin", MemberRoles.Admin);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Sharp, but fair, criticism."), asMember: forum.Other);
        await host.SendAsync(new ModeratePostCommand(reply.Id, PostModeration.Hide, "Tone"), asMember: acting);
        var filed = await host.SendAsync(new AppealModerationCommand(reply.Id, "It criticises the proposal, not a person."), asMember: forum.Other);

        var failure = await RowVersionReader.SaveStaleCopyAsync(host,
            db => db.Appeals.Include(a => a.Post).ThenInclude(p => p.Author).Include(a => a.Post).ThenInclude(p => p.Flags).SingleAsync(a => a.Id == filed.Id, Ct),
            async (appeal, db) => appeal.Decide(await db.Members.SingleAsync(m => m.Id == assigned, Ct), true, "On topic.", host.Time.Now),
            async (appeal, db) => appeal.Decide(await db.Members.SingleAsync(m => m.Id == admin, Ct), false, "Stands.", host.Time.Now));

        Assert.IsType<DbUpdateConcurrencyException>(failure);
        var stored = await ReadAsync(host, db => db.Appeals.Include(a => a.Post).SingleAsync(a => a.Id == filed.Id, Ct));
        Assert.Equal(AppealStatus.Granted, stored.Status);
        Assert.Equal("On topic.", stored.DecisionNote);
        Assert.Null(stored.Post.HiddenAt);
    }

    private static Task Done(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    private static Task<T> ReadAsync<T>(ForumTestHost host, Func<ForumDbContext, Task<T>> read) =>
        host.InScopeAsync(services => read(services.GetRequiredService<ForumDbContext>()));
}
