using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Notifications;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Moderation;
using MipForum.Domain.Notifications;

namespace MipForum.Application.Tests.Features.Notifications;

/// <summary>One member cannot flood another's notifications: one like notification per member and post, ever; mentions capped per post.</summary>
public sealed class NotificationFloodTests
{
    [Fact]
    public async Task ShouldNotifyOnceWhenALikeIsToggledOverAndOver()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var third = await forum.Host.MemberAsync("moshe_f");
        var first = (await forum.PostsAsync())[0].Id;

        for (var i = 0; i < 7; i++)
        {
            await forum.Host.SendAsync(new LikePostCommand(first), asMember: forum.Other);
            await forum.Host.SendAsync(new UnlikePostCommand(first), asMember: forum.Other);
        }

        await forum.Host.SendAsync(new LikePostCommand(first), asMember: third);

        var likes = (await forum.Host.SendAsync(new ListNotificationsQuery(), asMember: forum.Author)).Items.Where(n => n.Kind == NotificationKind.Liked);
        Assert.Equal(["moshe_f", "sato-k"], likes.Select(n => n.ActorUserName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ShouldRefuseAPostMentioningMoreMembersThanTheLimitOnTheBodyField()
    {
        var forum = await DiscussionFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Forum:Notifications:MaxMentionsPerPost"] = "3",
            ["Forum:Notifications:MaxMentionsPerPostNewAccount"] = "2",
        });
        await using var _ = forum.Host;
        var names = new[] { "m.one", "m.two", "m.three", "m.four" };
        foreach (var name in names)
        {
            await forum.Host.MemberAsync(name);
        }

        var three = "Thoughts, @m.one @m.two @m.three?";
        var four = "Thoughts, @m.one @m.two @m.three @m.four?";

        // sato-k is a new account: two mentions at most.
        var newAccount = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, three), asMember: forum.Other));
        Assert.Equal("A post by a new account can mention at most 2 members; this one mentions 3. Remove some @mentions.", Assert.Single(newAccount.Errors["body"]));

        await forum.Host.ArrangeAsync(async (db, _) =>
        {
            var admin = new Member("an.admin", "An admin", forum.Host.Time.Now);
            admin.GrantAtSetup(MemberRoles.Admin);
            (await db.Members.SingleAsync(m => m.Id == forum.Other, TestContext.Current.CancellationToken)).SetTrustLevel(TrustLevel.Member, admin);
        });
        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, three), asMember: forum.Other);
        var refused = new[]
        {
            await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, four), asMember: forum.Other)),
            await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new StartThreadCommand("Everyone look at this", four, "mips"), asMember: forum.Other)),
            await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new EditPostCommand(reply.Id, four, 1), asMember: forum.Other)),
        };

        Assert.All(refused, r => Assert.Equal("A post can mention at most 3 members; this one mentions 4. Remove some @mentions.", Assert.Single(r.Errors["body"])));
        Assert.Equal(3, await forum.Host.InScopeAsync(services => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<MipForum.Infrastructure.Persistence.ForumDbContext>(services).Notifications.CountAsync(n => n.Kind == NotificationKind.Mentioned, TestContext.Current.CancellationToken)));
    }
}
