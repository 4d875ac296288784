using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Proposals;

public sealed class GetProposalTests
{
    private static Task ArrangeAsync(ForumTestHost host) =>
        host.ArrangeAsync(async (db, services) =>
        {
            var forum = new ForumBuilder(db, services, host.Time.Now);
            var author = forum.Member("govalpha");
            var mip = await forum.ProposalAsync("MIP41", null, author, ProposalStatus.Accepted, "Facilitator framework");
            var c5 = await forum.ProposalAsync("MIP41c5", mip, author, ProposalStatus.Accepted, "Facilitator Offboarding");
            await forum.ProposalAsync("MIP41c4", mip, author, ProposalStatus.Accepted);
            var sp2 = await forum.ProposalAsync("MIP41c5-SP2", c5, author, ProposalStatus.Rfc, "Facilitator Offboarding (RWF-001)");
            await forum.ThreadAsync(forum.Category(), "MIP41c5-SP2 discussion", author, 3, host.Time.Now.AddDays(-1), sp2);
        });

    [Fact]
    public async Task ShouldReturnFactsBodyChildrenAndThreadsWhenProposalExists()
    {
        await using var host = await ForumTestHost.StartAsync();
        await ArrangeAsync(host);

        var component = await host.SendAsync(new GetProposalQuery("MIP41c5"));
        var subproposal = await host.SendAsync(new GetProposalQuery("MIP41c5-SP2"));
        var mip = await host.SendAsync(new GetProposalQuery("MIP41"));

        Assert.NotNull(component);
        Assert.Equal(ProposalKind.Component, component.Kind);
        Assert.Equal("MIP41", component.ParentCode);
        Assert.Equal("Facilitator framework", component.ParentTitle);
        Assert.Equal(["MIP41c5-SP2"], component.Children.Select(c => c.Code));
        Assert.Equal("<p>Body of <strong>MIP41c5</strong></p>", component.BodyCooked.Trim());

        Assert.Equal("Facilitator Offboarding (RWF-001)", subproposal?.Title);
        var thread = Assert.Single(subproposal!.Threads);
        Assert.Equal(3, thread.PostCount);

        Assert.Equal(["MIP41c4", "MIP41c5"], mip!.Children.Select(c => c.Code));
        Assert.NotNull(mip.RatifiedAt);
    }

    [Fact]
    public async Task ShouldFindProposalWhenCodeIsTypedInLowerCase()
    {
        await using var host = await ForumTestHost.StartAsync();
        await ArrangeAsync(host);

        var proposal = await host.SendAsync(new GetProposalQuery("mip41c5-sp2"));

        Assert.Equal("MIP41c5-SP2", proposal?.Code);
    }

    [Fact]
    public async Task ShouldReturnNothingWhenNoProposalHasTheCode()
    {
        await using var host = await ForumTestHost.StartAsync();
        await ArrangeAsync(host);

        Assert.Null(await host.SendAsync(new GetProposalQuery("MIP41c5-SP9")));
    }

    [Theory]
    [InlineData("RWF-001")]
    [InlineData("MIP41c5-SP2'; DROP TABLE Proposals;--")]
    [InlineData("")]
    public async Task ShouldRejectWhenCodeIsMalformed(string code)
    {
        await using var host = await ForumTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new GetProposalQuery(code)));

        Assert.Equal(["code"], error.Errors.Keys);
    }
}
