using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Security;

/// <summary>Posting limits hold for every door, the interactive composer included (it bypasses the HTTP limiter).</summary>
public sealed class WriteRateLimitTests
{
    [Fact]
    public async Task ShouldRefuseAMemberWritingFasterThanTheLimitAndLetOthersWrite()
    {
        var forum = await DiscussionFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Forum:RateLimits:Commands:PermitLimit"] = "3",
            ["Forum:RateLimits:Commands:WindowSeconds"] = "60",
        });
        await using var _ = forum.Host;

        for (var i = 1; i <= 3; i++)
        {
            await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, $"reply {i}"), asMember: forum.Other);
        }

        var refused = await Assert.ThrowsAsync<TooManyRequestsException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "one too many"), asMember: forum.Other));
        await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "someone else"), asMember: forum.Author);

        Assert.InRange(refused.RetryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal(5, (await forum.PostsAsync()).Count);

        // A new window opens after the old one ends.
        forum.Host.Time.Now = forum.Host.Time.Now.AddSeconds(61);
        await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "later"), asMember: forum.Other);
        Assert.Equal(6, (await forum.PostsAsync()).Count);
    }
}
