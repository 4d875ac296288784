using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Persistence;

/// <summary>A retry loop retries a lost race (a unique key taken first), never another failure such as a foreign key.</summary>
public sealed class RetryOnlyLostRacesTests
{
    [Fact]
    public async Task ShouldNotRetryAReplyWhenTheSaveFailsForAnotherReason()
    {
        var saves = new FailingSaves(FailingSaves.ForeignKey, onlyOnce: false);
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(saves));
        await using var _ = forum.Host;
        saves.Armed = true;

        await Assert.ThrowsAsync<DbUpdateException>(() => forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply that cannot be stored."), asMember: forum.Other));

        Assert.Equal(1, saves.Failures);
        saves.Armed = false;
        Assert.DoesNotContain(await forum.PostsAsync(), p => p.Raw == "A reply that cannot be stored.");
    }

    [Fact]
    public async Task ShouldRetryAReplyWhenAnotherTookItsNumberFirst()
    {
        var saves = new FailingSaves(FailingSaves.Unique, onlyOnce: true);
        var forum = await DiscussionFixture.StartAsync(configure: services => services.AddSingleton<IInterceptor>(saves));
        await using var _ = forum.Host;
        saves.Armed = true;

        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "A reply stored at the second try."), asMember: forum.Other);

        Assert.Equal(1, saves.Failures);
        Assert.Contains(await forum.PostsAsync(), p => p.Id == reply.Id && p.Raw == "A reply stored at the second try.");
    }
}
