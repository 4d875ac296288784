using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Search;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Features.Proposals;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Search;

/// <summary>Visibility holds in search: moderated and withdrawn posts and drafts are found only by those who may read them.</summary>
public sealed class SearchVisibilityTests
{
    [Fact]
    public async Task ShouldFindARemovedPostOnlyForStaffAndItsAuthor()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("lena.v", MemberRoles.Moderator);
        var reader = await host.MemberAsync("tkdev");
        var removed = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Doxxing text with a secretword."), forum.Other);
        await host.SendAsync(new ModeratePostCommand(removed.Id, PostModeration.Remove, "Doxxing"), moderator);

        Assert.Empty(await SearchFindsTests.IdsAsync(forum, "secretword"));
        Assert.Empty(await SearchFindsTests.IdsAsync(forum, "secretword", reader));
        Assert.Equal([removed.Id], await SearchFindsTests.IdsAsync(forum, "secretword", moderator));
        Assert.Equal([removed.Id], await SearchFindsTests.IdsAsync(forum, "secretword", forum.Other));

        await host.SendAsync(new ModeratePostCommand(removed.Id, PostModeration.Restore, "Appeal upheld"), moderator);
        Assert.Equal([removed.Id], await SearchFindsTests.IdsAsync(forum, "secretword", reader));
    }

    [Fact]
    public async Task ShouldNotShowAHiddenOrWithdrawnPostEvenThroughAFilterOnlyListing()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var moderator = await host.MemberAsync("lena.v", MemberRoles.Moderator);
        var hidden = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Off-topic hiddenword."), forum.Other);
        var withdrawn = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Regretted withdrawnword."), forum.Other);
        await host.SendAsync(new ModeratePostCommand(hidden.Id, PostModeration.Hide, "Off topic"), moderator);
        await host.SendAsync(new WithdrawPostCommand(withdrawn.Id), forum.Other);

        var listed = await host.SendAsync(new SearchForumQuery("@sato-k"));

        Assert.Empty(await SearchFindsTests.IdsAsync(forum, "hiddenword"));
        Assert.Empty(await SearchFindsTests.IdsAsync(forum, "withdrawnword", forum.Other));
        Assert.Equal([withdrawn.Id], await SearchFindsTests.IdsAsync(forum, "withdrawnword", moderator));
        Assert.DoesNotContain(listed.Hits, h => h.Id == hidden.Id || h.Id == withdrawn.Id);
        Assert.DoesNotContain(listed.Hits, h => h.SnippetText.Contains("word", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldFindADraftOnlyForItsAuthors()
    {
        var forum = await ProposalFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var draft = await forum.DraftAsync();

        Assert.Empty((await host.SendAsync(new SearchForumQuery("unwinding"), forum.Contributor)).Hits);
        Assert.Empty((await host.SendAsync(new SearchForumQuery("unwinding"), forum.Admin)).Hits);
        var own = Assert.Single((await host.SendAsync(new SearchForumQuery("unwinding"), forum.Facilitator)).Hits);
        Assert.Equal((draft.Id, "Draft"), (own.Id, own.Status));
    }
}
