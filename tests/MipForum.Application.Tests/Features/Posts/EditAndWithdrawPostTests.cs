using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Application.Tests.Features.Posts;

public sealed class EditAndWithdrawPostTests
{
    private static async Task<(DiscussionFixture Forum, int PostId)> PostBySatoAsync()
    {
        var forum = await DiscussionFixture.StartAsync();
        var reply = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "first text"), asMember: forum.Other);
        return (forum, reply.Id);
    }

    [Fact]
    public async Task ShouldStoreNewTextAndKeepRevisionWhenAuthorEditsLater()
    {
        var (forum, postId) = await PostBySatoAsync();
        await using var _ = forum.Host;
        forum.Host.Time.Now = forum.Host.Time.Now.AddHours(1);

        var edited = await forum.Host.SendAsync(new EditPostCommand(postId, "second **text**", Version: 1), asMember: forum.Other);

        Assert.Equal(2, edited.Version);
        var post = (await forum.PostsAsync()).Single(p => p.Id == postId);
        Assert.Equal("<p>second <strong>text</strong></p>", post.Cooked.Trim());
        Assert.Equal(forum.Host.Time.Now, post.EditedAt);
        Assert.Equal(["first text"], post.Revisions.Select(r => r.Raw));
        var history = await forum.Host.SendAsync(new GetPostHistoryQuery(postId));
        Assert.Equal([(1, "first text"), (2, "second **text**")], history!.Versions.Select(v => (v.Version, v.Raw)));
    }

    [Fact]
    public async Task ShouldAnswerConflictWhenEditingAStaleVersion()
    {
        var (forum, postId) = await PostBySatoAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsync(new EditPostCommand(postId, "tab one", Version: 1), asMember: forum.Other);

        await Assert.ThrowsAsync<StaleVersionException>(() => forum.Host.SendAsync(new EditPostCommand(postId, "tab two", Version: 1), asMember: forum.Other));

        Assert.Equal("tab one", (await forum.PostsAsync()).Single(p => p.Id == postId).Raw);
    }

    [Fact]
    public async Task ShouldRefuseWhenSomeoneElseEditsOrWithdraws()
    {
        var (forum, postId) = await PostBySatoAsync();
        await using var _ = forum.Host;

        await Assert.ThrowsAsync<NotPermittedException>(() => forum.Host.SendAsync(new EditPostCommand(postId, "hijacked", 1), asMember: forum.Author));
        await Assert.ThrowsAsync<NotPermittedException>(() => forum.Host.SendAsync(new WithdrawPostCommand(postId), asMember: forum.Author));
        await Assert.ThrowsAsync<NotSignedInException>(() => forum.Host.SendAsync(new EditPostCommand(postId, "anonymous", 1)));

        Assert.Equal("first text", (await forum.PostsAsync()).Single(p => p.Id == postId).Raw);
    }

    [Fact]
    public async Task ShouldRejectEmptyEdits()
    {
        var (forum, postId) = await PostBySatoAsync();
        await using var _ = forum.Host;

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new EditPostCommand(postId, " ", 1), asMember: forum.Other));

        Assert.Equal(["body"], error.Errors.Keys);
    }

    [Fact]
    public async Task ShouldShowPlaceholderAndKeepNumberingWhenWithdrawn()
    {
        var (forum, postId) = await PostBySatoAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "after it"), asMember: forum.Author);

        await forum.Host.SendAsync(new WithdrawPostCommand(postId), asMember: forum.Other);

        var thread = await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId));
        Assert.Equal([1, 2, 3], thread!.Posts.Items.Select(p => p.Number));
        var withdrawn = thread.Posts.Items[1];
        Assert.True(withdrawn.Deleted);
        Assert.Equal(string.Empty, withdrawn.Cooked);
        Assert.Equal("first text", (await forum.PostsAsync()).Single(p => p.Id == postId).Raw); // kept for moderators
        Assert.Null(await forum.Host.SendAsync(new GetPostHistoryQuery(postId)));
    }

    [Fact]
    public async Task ShouldShowWithdrawnTextToModeratorsOnly()
    {
        var (forum, postId) = await PostBySatoAsync();
        await using var _ = forum.Host;
        var moderator = await forum.Host.MemberAsync("mod.maria", MemberRoles.Contributor | MemberRoles.Moderator);
        await forum.Host.SendAsync(new WithdrawPostCommand(postId), asMember: forum.Other);

        var asModerator = (await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId), asMember: moderator))!.Posts.Items[1];
        var asContributor = (await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId), asMember: forum.Author))!.Posts.Items[1];
        var asAuthor = (await forum.Host.SendAsync(new GetThreadQuery(forum.ThreadId), asMember: forum.Other))!.Posts.Items[1];

        Assert.True(asModerator.Deleted);
        Assert.Equal("<p>first text</p>", asModerator.Cooked.Trim());
        Assert.Equal(string.Empty, asContributor.Cooked);
        Assert.Equal(string.Empty, asAuthor.Cooked);
    }
}
