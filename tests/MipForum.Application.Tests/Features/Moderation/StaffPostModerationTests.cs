using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Moderation;

/// <summary>Moderators do not judge each other's posts, neither through flags nor directly: an admin does.</summary>
public sealed class StaffPostModerationTests
{
    [Theory]
    [InlineData(PostModeration.Hide)]
    [InlineData(PostModeration.Remove)]
    public async Task ShouldRefuseAModeratorActingOnAnotherModeratorsPost(PostModeration action)
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var author = await host.MemberAsync("mod.author", MemberRoles.Moderator);
        var rival = await host.MemberAsync("mod.rival", MemberRoles.Moderator);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A moderator's view, posted as a member."), asMember: author);

        var refused = await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new ModeratePostCommand(reply.Id, action, "I disagree with it"), asMember: rival));

        Assert.Contains("by an admin", refused.Message, StringComparison.Ordinal);
        var shown = (await host.SendAsync(new GetThreadQuery(forum.ThreadId)))!.Posts.Items.Single(p => p.Id == reply.Id);
        Assert.False(shown.Hidden);
        Assert.False(shown.Removed);
    }

    [Fact]
    public async Task ShouldLetAnAdminHideAModeratorsPost()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var host = forum.Host;
        var author = await host.MemberAsync("mod.author", MemberRoles.Moderator);
        var admin = await host.MemberAsync("gov.admin", MemberRoles.Admin);
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A moderator's view, posted as a member."), asMember: author);

        await host.SendAsync(new ModeratePostCommand(reply.Id, PostModeration.Hide, "Personal attack"), asMember: admin);

        Assert.True((await host.SendAsync(new GetThreadQuery(forum.ThreadId)))!.Posts.Items.Single(p => p.Id == reply.Id).Hidden);
    }
}
