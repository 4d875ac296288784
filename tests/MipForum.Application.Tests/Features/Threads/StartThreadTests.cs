using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Threads;

public sealed class StartThreadTests
{
    [Fact]
    public async Task ShouldStoreThreadWithFirstPostTagsAndProposalWhenValid()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var started = await forum.Host.SendAsync(new StartThreadCommand("MIP41c5-SP3: Another offboarding", "Hello @sato-k, see MIP41.", "mips", ["MIP41", "rwf-001"], "mip41"), asMember: forum.Author);

        var thread = (await forum.ThreadsAsync()).Single(t => t.Id == started.Id);
        Assert.Equal("mip41c5-sp3-another-offboarding", started.Slug);
        Assert.Equal($"/t/mip41c5-sp3-another-offboarding/{started.Id}", started.Url);
        Assert.Equal(["mip41", "rwf-001"], thread.Tags);
        Assert.NotNull(thread.ProposalId);
        Assert.Equal(forum.Author, thread.AuthorId); // MIP41's author: only its authors and staff attach threads to it
        var first = (await forum.PostsAsync()).Single(p => p.ThreadId == started.Id);
        Assert.Equal(1, first.Number);
        Assert.Contains("<a class=\"mention\" href=\"/u/sato-k\">@sato-k</a>", first.Cooked, StringComparison.Ordinal);
        Assert.Contains("<a class=\"proposal-link\" href=\"/proposals/MIP41\">MIP41</a>", first.Cooked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Too short", "body", "mips", "title")]
    [InlineData("A title that is long enough", "   \n  ", "mips", "body")]
    [InlineData("A title that is long enough", "body", "no-such-category", "category")]
    [InlineData("A title that is long enough", "body", "Not A Slug", "category")]
    public async Task ShouldRejectAndStoreNothingWhenInputIsInvalid(string title, string body, string category, string field)
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new StartThreadCommand(title, body, category), asMember: forum.Other));

        Assert.Contains(field, error.Errors.Keys);
        Assert.Single(await forum.ThreadsAsync());
    }

    [Fact]
    public async Task ShouldRejectTooManyTagsAndUnknownProposals()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var tags = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new StartThreadCommand("A title that is long enough", "body", "mips", ["a", "b", "c", "d", "e", "f"]), asMember: forum.Other));
        var proposal = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new StartThreadCommand("A title that is long enough", "body", "mips", null, "MIP99"), asMember: forum.Other));

        Assert.Contains("tags", tags.Errors.Keys);
        Assert.Contains("proposalCode", proposal.Errors.Keys);
        Assert.Single(await forum.ThreadsAsync());
    }

    [Fact]
    public async Task ShouldRefuseWhenNobodyIsSignedIn()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await Assert.ThrowsAsync<NotSignedInException>(() => forum.Host.SendAsync(new StartThreadCommand("A title that is long enough", "body", "mips")));
        Assert.Single(await forum.ThreadsAsync());
    }
}
