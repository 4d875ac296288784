using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Threads;

public sealed class ListLatestThreadsTests
{
    [Fact]
    public async Task ShouldListMostRecentlyActiveFirstWhenThreadsExist()
    {
        await using var host = await ForumTestHost.StartAsync();
        await host.ArrangeAsync(async (db, services) =>
        {
            var forum = new ForumBuilder(db, services, host.Time.Now);
            var author = forum.Member("amelie.r");
            var category = forum.Category();
            var mip = await forum.ProposalAsync("MIP41", null, author);
            await forum.ThreadAsync(category, "Older thread here", author, 3, host.Time.Now.AddDays(-3));
            await forum.ThreadAsync(category, "Newest thread here", author, 1, host.Time.Now.AddHours(-1), mip);
            await forum.ThreadAsync(category, "Middle thread here", author, 2, host.Time.Now.AddDays(-1));
        });

        var page = await host.SendAsync(new ListLatestThreadsQuery());

        Assert.Equal(["Newest thread here", "Middle thread here", "Older thread here"], page.Items.Select(t => t.Title));
        Assert.Equal(3, page.Total);
        var newest = page.Items[0];
        Assert.Equal("MIP41", newest.ProposalCode);
        Assert.Equal(0, newest.ReplyCount);
        Assert.Equal("mips", newest.Category.Slug);
        Assert.Equal(2, page.Items[2].ReplyCount);
    }

    [Fact]
    public async Task ShouldReturnSecondPageWhenMoreThreadsThanPageSize()
    {
        await using var host = await ForumTestHost.StartAsync(new Dictionary<string, string?> { ["Forum:Paging:ThreadsPerPage"] = "2" });
        await host.ArrangeAsync(async (db, services) =>
        {
            var forum = new ForumBuilder(db, services, host.Time.Now);
            var author = forum.Member("amelie.r");
            var category = forum.Category();
            for (var i = 1; i <= 5; i++)
            {
                await forum.ThreadAsync(category, $"Thread number {i}", author, 1, host.Time.Now.AddHours(-i));
            }
        });

        var page = await host.SendAsync(new ListLatestThreadsQuery(Page: 2));

        Assert.Equal(["Thread number 3", "Thread number 4"], page.Items.Select(t => t.Title));
        Assert.Equal(5, page.Total);
        Assert.Equal(3, page.PageCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(100_001)]
    public async Task ShouldRejectWhenPageIsOutOfRange(int pageNumber)
    {
        await using var host = await ForumTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new ListLatestThreadsQuery(pageNumber)));

        Assert.Contains("page", error.Errors.Keys);
    }
}
