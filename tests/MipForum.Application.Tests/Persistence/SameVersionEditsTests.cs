using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Features.Posts;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Persistence;

/// <summary>
/// An edit whose revision number was taken by another edit of the same version (a unique key) is a lost race, not a
/// failure: before, it answered 500 after the grace period.
/// </summary>
public sealed class SameVersionEditsTests
{
    private static readonly Dictionary<string, string?> NoGrace = new() { ["Forum:Posts:EditGraceSeconds"] = "0" };

    [Fact]
    public async Task ShouldRetryAnEditWhenItsRevisionNumberWasTakenOnce()
    {
        var saves = new FailingSaves(FailingSaves.Unique, onlyOnce: true);
        var forum = await DiscussionFixture.StartAsync(NoGrace, services => services.AddSingleton<IInterceptor>(saves));
        await using var _ = forum.Host;
        var post = (await forum.PostsAsync()).First(p => p.AuthorId == forum.Author);
        saves.Armed = true;

        var edited = await forum.Host.SendAsync(new EditPostCommand(post.Id, "The text after a lost revision number.", post.Version), asMember: forum.Author);

        Assert.Equal(1, saves.Failures);
        Assert.Equal(post.Version + 1, edited.Version);
        Assert.Contains(await forum.PostsAsync(), p => p.Id == post.Id && p.Raw == "The text after a lost revision number.");
    }

    [Fact]
    public async Task ShouldAnswerReloadWhenAnotherEditOfTheSameVersionWasSavedFirst()
    {
        var forum = await DiscussionFixture.StartAsync(NoGrace);
        await using var _ = forum.Host;
        var post = (await forum.PostsAsync()).First(p => p.AuthorId == forum.Author);

        var edits = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await forum.Host.SendAsync(new EditPostCommand(post.Id, $"Concurrent edit number {i}.", post.Version), asMember: forum.Author);
                return "ok";
            }
            catch (MipForum.Domain.Common.StaleVersionException)
            {
                return "reload";
            }
            catch (MipForum.Application.Common.Exceptions.BusyException)
            {
                return "retry";
            }
        }));

        Assert.Equal(1, edits.Count(e => e == "ok"));
        Assert.All(edits.Where(e => e != "ok"), e => Assert.Contains(e, new[] { "reload", "retry" }));
        Assert.Equal(post.Version + 1, (await forum.PostsAsync()).Single(p => p.Id == post.Id).Version);
    }
}
