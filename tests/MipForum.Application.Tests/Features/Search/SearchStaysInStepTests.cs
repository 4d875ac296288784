using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Search;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Search;

/// <summary>The index changes with the tables, in the same transaction: an edit, a deletion, a rebuild.</summary>
public sealed class SearchStaysInStepTests
{
    [Fact]
    public async Task ShouldFindAnEditedPostByItsNewTextOnly()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var post = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "The first wording: pineapple."), forum.Other);

        await host.SendAsync(new EditPostCommand(post.Id, "The second wording: mango.", 1), forum.Other);

        Assert.Empty(await SearchFindsTests.IdsAsync(forum, "pineapple"));
        Assert.Equal([post.Id], await SearchFindsTests.IdsAsync(forum, "mango"));
    }

    [Fact]
    public async Task ShouldRebuildTheSameIndexFromTheTables()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var post = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Rebuilt and still found: papaya."), forum.Other);
        var before = await CountAsync(host);

        var rebuilt = await host.InScopeAsync(services => services.GetRequiredService<ISearchIndex>().RebuildAsync(TestContext.Current.CancellationToken));

        Assert.Equal(before, rebuilt);
        Assert.Equal([post.Id], await SearchFindsTests.IdsAsync(forum, "papaya"));
    }

    [Fact]
    public async Task ShouldKeepEveryTriggerTheIndexNeeds()
    {
        // A later migration that rebuilds a table (SQLite's way to alter some columns) drops that table's triggers:
        // this fails until the migration creates them again.
        await using var host = await ForumTestHost.StartAsync();

        var triggers = await host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'Search%' ORDER BY name")
            .ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal(
            ["SearchMemberDeleted", "SearchMemberInserted", "SearchMemberRenamed", "SearchPollDeleted", "SearchPollInserted", "SearchPollOptionInserted",
             "SearchPostDeleted", "SearchPostEdited", "SearchPostInserted", "SearchProposalChanged", "SearchProposalDeleted", "SearchProposalInserted", "SearchThreadRenamed"],
            triggers);
    }

    private static Task<int> CountAsync(ForumTestHost host) =>
        host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Database
            .SqlQueryRaw<int>("SELECT count(*) AS Value FROM SearchIndex").SingleAsync(TestContext.Current.CancellationToken));
}
