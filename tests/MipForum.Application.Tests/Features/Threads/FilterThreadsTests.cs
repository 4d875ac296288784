using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Threads;

public sealed class FilterThreadsTests
{
    [Fact]
    public async Task ShouldFilterByCategoryTagAndProposalStatusAndSortByCreation()
    {
        var forum = await DiscussionFixture.StartAsync(); // "An existing discussion thread": mips, about MIP41 (Accepted)
        await using var _ = forum.Host;
        await forum.Host.ArrangeAsync((db, _) =>
        {
            db.Categories.Add(new Domain.Discussions.Category("General", "general", "", 1));
            return Task.CompletedTask;
        });
        forum.Host.Time.Now = forum.Host.Time.Now.AddDays(-3);
        await forum.Host.SendAsync(new StartThreadCommand("General chat about calls", "hi", "general", ["calls"]), asMember: forum.Other);
        forum.Host.Time.Now = forum.Host.Time.Now.AddDays(1);
        await forum.Host.SendAsync(new StartThreadCommand("Tagged proposal thread", "hi", "mips", ["mip41", "calls"], "MIP41"), asMember: forum.Author);

        var general = await forum.Host.SendAsync(new ListLatestThreadsQuery(Category: "general"));
        var calls = await forum.Host.SendAsync(new ListLatestThreadsQuery(Tag: "calls"));
        var accepted = await forum.Host.SendAsync(new ListLatestThreadsQuery(ProposalStatus: ProposalStatus.Accepted));
        var rfc = await forum.Host.SendAsync(new ListLatestThreadsQuery(ProposalStatus: ProposalStatus.Rfc));
        var newest = await forum.Host.SendAsync(new ListLatestThreadsQuery(Sort: ThreadSort.Created));

        Assert.Equal(["General chat about calls"], general.Items.Select(t => t.Title));
        Assert.Equal(["Tagged proposal thread", "General chat about calls"], calls.Items.Select(t => t.Title));
        Assert.Equal(2, accepted.Total);
        Assert.Empty(rfc.Items);
        Assert.Equal(["An existing discussion thread", "Tagged proposal thread", "General chat about calls"], newest.Items.Select(t => t.Title));
        Assert.Equal(["mip41", "calls"], newest.Items[1].Tags);
    }

    [Fact]
    public async Task ShouldRejectMalformedFilters()
    {
        await using var host = await ForumTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new ListLatestThreadsQuery(Category: "Not A Slug", Tag: "UPPER case")));

        Assert.Equal(["category", "tag"], error.Errors.Keys.Order());
    }
}
