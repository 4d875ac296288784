using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Members;
using MipForum.Application.Features.Moderation;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Tests.Features.Moderation;

/// <summary>An enum value that is no name of its enum (a number cast from a form or JSON body) is refused for every message.</summary>
public sealed class UnknownEnumValueTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task ShouldRefuseAFlagWhoseReasonIsNoKnownReason(int reason)
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var postId = (await forum.PostsAsync()).Single().Id;

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new FlagPostCommand(postId, (FlagReason)reason), forum.Other));

        Assert.Equal(["reason"], refused.Errors.Keys);
    }

    [Fact]
    public async Task ShouldStillFlagWithAKnownReason()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var postId = (await forum.PostsAsync()).Single().Id;
        var moderator = await forum.Host.MemberAsync("mod.maria", MipForum.Domain.Members.MemberRoles.Moderator);

        await forum.Host.SendAsync(new FlagPostCommand(postId, FlagReason.Spam), forum.Other);

        var queued = Assert.Single(await forum.Host.SendAsync(new ListReviewQueueQuery(), asMember: moderator));
        Assert.Equal(FlagReason.Spam, Assert.Single(queued.Flags).Reason);
    }
}
