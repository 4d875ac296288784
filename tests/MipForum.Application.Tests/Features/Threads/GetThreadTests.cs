using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Threads;

public sealed class GetThreadTests
{
    private static async Task<(ForumTestHost Host, int ThreadId)> ThreadWithPostsAsync(int posts, int postsPerPage = 20)
    {
        var host = await ForumTestHost.StartAsync(new Dictionary<string, string?> { ["Forum:Paging:PostsPerPage"] = postsPerPage.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var threadId = 0;
        await host.ArrangeAsync(async (db, services) =>
        {
            var forum = new ForumBuilder(db, services, host.Time.Now);
            var author = forum.Member("moshe_f");
            var replier = forum.Member("sato-k");
            var component = await forum.ProposalAsync("MIP41c5", await forum.ProposalAsync("MIP41", null, author, Domain.Proposals.ProposalStatus.Accepted), author);
            var proposal = await forum.ProposalAsync("MIP41c5-SP2", component, author, title: "Facilitator Offboarding (RWF-001)");
            await forum.ThreadAsync(forum.Category(), "MIP41c5-SP2: Facilitator Offboarding (RWF-001)", author, posts, host.Time.Now.AddDays(-2), proposal, replier);
        });
        await host.ArrangeAsync(async (db, _) =>
            threadId = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Threads, TestContext.Current.CancellationToken)).Id);
        return (host, threadId);
    }

    [Fact]
    public async Task ShouldReturnPostsInOrderWithCookedHtmlWhenThreadExists()
    {
        var (host, threadId) = await ThreadWithPostsAsync(posts: 4);
        await using var _ = host;

        var thread = await host.SendAsync(new GetThreadQuery(threadId));

        Assert.NotNull(thread);
        Assert.Equal("mip41c5-sp2-facilitator-offboarding-rwf-001", thread.Slug);
        Assert.Equal("MIP41c5-SP2", thread.Proposal?.Code);
        Assert.Equal([1, 2, 3, 4], thread.Posts.Items.Select(p => p.Number));
        Assert.Equal("<p>Opening post of <em>MIP41c5-SP2: Facilitator Offboarding (RWF-001)</em></p>", thread.Posts.Items[0].Cooked.Trim());
        Assert.Equal("moshe_f", thread.Posts.Items[0].Author.UserName);

        // Post 3 replies to post 2, written by sato-k: the reply-to author comes with the page, not one query per post.
        var third = thread.Posts.Items[2];
        Assert.Equal(2, third.ReplyToNumber);
        Assert.Equal("sato-k", third.ReplyToUserName);
        Assert.Null(thread.Posts.Items[1].ReplyToNumber);
    }

    [Fact]
    public async Task ShouldReturnOnlyThatPageWhenThreadIsLong()
    {
        var (host, threadId) = await ThreadWithPostsAsync(posts: 45, postsPerPage: 20);
        await using var _ = host;

        var third = await host.SendAsync(new GetThreadQuery(threadId, Page: 3));
        var second = await host.SendAsync(new GetThreadQuery(threadId, Page: 2));

        Assert.Equal([41, 42, 43, 44, 45], third!.Posts.Items.Select(p => p.Number));
        Assert.Equal(Enumerable.Range(21, 20), second!.Posts.Items.Select(p => p.Number));
        Assert.Equal(45, second.Posts.Total);
        Assert.Equal(3, second.Posts.PageCount);
    }

    [Fact]
    public async Task ShouldReturnNothingWhenThreadDoesNotExist()
    {
        var (host, threadId) = await ThreadWithPostsAsync(posts: 1);
        await using var _ = host;

        Assert.Null(await host.SendAsync(new GetThreadQuery(threadId + 1000)));
        Assert.Null(await host.SendAsync(new GetThreadSlugQuery(threadId + 1000)));
        Assert.Equal("mip41c5-sp2-facilitator-offboarding-rwf-001", await host.SendAsync(new GetThreadSlugQuery(threadId)));
    }

    [Fact]
    public async Task ShouldRejectWhenPageIsZero()
    {
        var (host, threadId) = await ThreadWithPostsAsync(posts: 1);
        await using var _ = host;

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new GetThreadQuery(threadId, Page: 0)));

        Assert.Equal(["page"], error.Errors.Keys);
    }
}
