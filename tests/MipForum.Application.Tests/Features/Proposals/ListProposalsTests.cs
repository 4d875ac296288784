using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Proposals;

public sealed class ListProposalsTests
{
    private static Task ArrangeHierarchyAsync(ForumTestHost host) =>
        host.ArrangeAsync(async (db, services) =>
        {
            var forum = new ForumBuilder(db, services, host.Time.Now);
            var author = forum.Member("govalpha");
            var mip41 = await forum.ProposalAsync("MIP41", null, author, ProposalStatus.Accepted);
            var c10 = await forum.ProposalAsync("MIP41c10", mip41, author, ProposalStatus.Accepted);
            var c5 = await forum.ProposalAsync("MIP41c5", mip41, author, ProposalStatus.Accepted);
            await forum.ProposalAsync("MIP41c5-SP2", c5, author, ProposalStatus.Rfc);
            await forum.ProposalAsync("MIP41c10-SP1", c10, author, ProposalStatus.Withdrawn);
            await forum.ProposalAsync("MIP9", null, author, ProposalStatus.Obsolete);
        });

    [Fact]
    public async Task ShouldOrderByCodeNumbersWhenListingAll()
    {
        await using var host = await ForumTestHost.StartAsync();
        await ArrangeHierarchyAsync(host);

        var page = await host.SendAsync(new ListProposalsQuery());

        Assert.Equal(["MIP9", "MIP41", "MIP41c5", "MIP41c5-SP2", "MIP41c10", "MIP41c10-SP1"], page.Items.Select(p => p.Code));
        var subproposal = page.Items[3];
        Assert.Equal(ProposalKind.Subproposal, subproposal.Kind);
        Assert.Equal("MIP41c5", subproposal.ParentCode);
        Assert.Equal(ProposalStatus.Rfc, subproposal.Status);
        Assert.Equal(6, page.Total);
    }

    [Fact]
    public async Task ShouldFilterWhenStatusOrKindGiven()
    {
        await using var host = await ForumTestHost.StartAsync();
        await ArrangeHierarchyAsync(host);

        var accepted = await host.SendAsync(new ListProposalsQuery(Status: ProposalStatus.Accepted));
        var subproposals = await host.SendAsync(new ListProposalsQuery(Kind: ProposalKind.Subproposal));

        Assert.Equal(["MIP41", "MIP41c5", "MIP41c10"], accepted.Items.Select(p => p.Code));
        Assert.Equal(["MIP41c5-SP2", "MIP41c10-SP1"], subproposals.Items.Select(p => p.Code));
    }

    [Fact]
    public async Task ShouldRejectWhenStatusIsUnknown()
    {
        await using var host = await ForumTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new ListProposalsQuery(Page: 0, Status: (ProposalStatus)99)));

        Assert.Contains("page", error.Errors.Keys);
        Assert.Contains("status", error.Errors.Keys);
    }
}
