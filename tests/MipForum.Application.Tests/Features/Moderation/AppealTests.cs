using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Moderation;

public sealed class AppealTests
{
    private sealed record Setup(DiscussionFixture Forum, int PostId, int Acting, int Other);

    private static async Task<Setup> HiddenByModeratorAsync()
    {
        var forum = await DiscussionFixture.StartAsync();
        var acting = await forum.Host.MemberAsync("mod.acting", MemberRoles.Moderator);
        var other = await forum.Host.MemberAsync("mod.other", MemberRoles.Moderator);
        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Sharp, but fair, criticism."), asMember: forum.Other);
        await forum.Host.SendAsync(new ModeratePostCommand(reply.Id, PostModeration.Hide, "Tone"), asMember: acting);
        return new Setup(forum, reply.Id, acting, other);
    }

    [Fact]
    public async Task ShouldSendTheAppealToAnotherModeratorWhoCanShowThePostAgain()
    {
        var setup = await HiddenByModeratorAsync();
        var host = setup.Forum.Host;
        await using var _ = host;

        var filed = await host.SendAsync(new AppealModerationCommand(setup.PostId, "It criticises the proposal, not a person."), asMember: setup.Forum.Other);

        Assert.Equal("mod.other", filed.AssignedTo);
        await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new DecideAppealCommand(filed.Id, true, "I agree"), asMember: setup.Acting));
        await host.SendAsync(new DecideAppealCommand(filed.Id, true, "Criticism of the proposal is on topic."), asMember: setup.Other);
        Assert.False((await host.SendAsync(new GetThreadQuery(setup.Forum.ThreadId)))!.Posts.Items[1].Hidden);
        var entry = (await host.SendAsync(new GetModerationLogQuery())).Items[0];
        Assert.Equal(Domain.Moderation.ModerationAction.DecideAppeal, entry.Action);
        Assert.Equal("mod.other", entry.Moderator!.UserName);
        var notes = await host.SendAsync(new MipForum.Application.Features.Notifications.ListNotificationsQuery(), asMember: setup.Forum.Other);
        Assert.Equal(Domain.Notifications.NotificationKind.AppealGranted, notes.Items[0].Kind);
    }

    [Fact]
    public async Task ShouldAllowOneAppealByTheAuthorOnlyAndOnlyForModeratedPosts()
    {
        var setup = await HiddenByModeratorAsync();
        var host = setup.Forum.Host;
        await using var _ = host;
        var visible = await host.SendAsync(new ReplyToThreadCommand(setup.Forum.ThreadId, "A visible post"), asMember: setup.Forum.Other);

        await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new AppealModerationCommand(setup.PostId, "Not mine"), asMember: setup.Forum.Author));
        await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new AppealModerationCommand(visible.Id, "Nothing happened"), asMember: setup.Forum.Other));
        await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new AppealModerationCommand(setup.PostId, " "), asMember: setup.Forum.Other));
        await Assert.ThrowsAsync<NotSignedInException>(() => host.SendAsync(new AppealModerationCommand(setup.PostId, "Anonymous")));
        await host.SendAsync(new AppealModerationCommand(setup.PostId, "Please look again."), asMember: setup.Forum.Other);
        await Assert.ThrowsAsync<DomainRuleException>(() => host.SendAsync(new AppealModerationCommand(setup.PostId, "Again"), asMember: setup.Forum.Other));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new ListAppealsQuery(), asMember: setup.Forum.Author));
        Assert.Single(await host.SendAsync(new ListAppealsQuery(), asMember: setup.Other));
    }

    [Fact]
    public async Task ShouldNotSendTheAppealToASuspendedModerator()
    {
        var setup = await HiddenByModeratorAsync();
        var host = setup.Forum.Host;
        await using var _ = host;
        var admin = await host.MemberAsync("the.admin", MemberRoles.Admin);
        await host.SendAsync(new SanctionMemberCommand("mod.other", true, host.Time.Now.AddDays(7), "Taking a break"), asMember: admin);

        var filed = await host.SendAsync(new AppealModerationCommand(setup.PostId, "It was fair criticism."), asMember: setup.Forum.Other);

        Assert.Equal("the.admin", filed.AssignedTo);
    }
}
