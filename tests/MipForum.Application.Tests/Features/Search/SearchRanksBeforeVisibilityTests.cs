using Microsoft.EntityFrameworkCore;
using MipForum.Application.Features.Search;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Search;

/// <summary>
/// Search ranks inside the index first and applies visibility to the best few hundred matches: when those are all
/// hidden from the reader, it must ask again with more, so the reader still finds what they may see, in rank order.
/// </summary>
public sealed class SearchRanksBeforeVisibilityTests
{
    [Fact]
    public async Task ShouldStillFindVisiblePostsWhenTheBestRankedHundredsAreRemoved()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("lena.v", MemberRoles.Moderator);
        var visible = new List<int>();
        await host.ArrangeAsync(async (db, services) =>
        {
            var cooker = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Common.Interfaces.IMarkdownCooker>(services);
            var thread = await db.Threads.SingleAsync(t => t.Id == forum.ThreadId, TestContext.Current.CancellationToken);
            var author = await db.Members.SingleAsync(m => m.Id == forum.Other, TestContext.Current.CancellationToken);
            var mod = await db.Members.SingleAsync(m => m.Id == moderator, TestContext.Current.CancellationToken);
            var ct = TestContext.Current.CancellationToken;

            // Short posts rank first under BM25: 260 of them, all removed; then 30 longer ones anyone may read.
            for (var i = 0; i < 260; i++)
            {
                var post = thread.Reply(author, await cooker.CookAsync($"gizmo gizmo {i}", ct), null, host.Time.Now);
                post.Remove(mod, "Spam", host.Time.Now);
            }

            for (var i = 0; i < 30; i++)
            {
                thread.Reply(author, await cooker.CookAsync($"A longer post that mentions the gizmo once, among many other words about budgets and mandates, number {i}.", ct), null, host.Time.Now);
            }
        });

        var contributor = await host.SendAsync(new SearchForumQuery("gizmo"), forum.Author);
        var staff = await host.SendAsync(new SearchForumQuery("gizmo"), moderator);

        Assert.Equal(20, contributor.Hits.Count);
        Assert.All(contributor.Hits, hit => Assert.Contains("longer post", string.Concat(hit.Snippet.Select(p => p.Text)), StringComparison.Ordinal));
        Assert.True(contributor.HasMore);
        var secondPage = await host.SendAsync(new SearchForumQuery("gizmo", Page: 2), forum.Author);
        Assert.Equal(10, secondPage.Hits.Count);
        Assert.Empty(contributor.Hits.Select(h => h.Id).Intersect(secondPage.Hits.Select(h => h.Id)));
        Assert.All(staff.Hits, hit => Assert.StartsWith("gizmo gizmo", string.Concat(hit.Snippet.Select(p => p.Text)), StringComparison.Ordinal));
    }
}
