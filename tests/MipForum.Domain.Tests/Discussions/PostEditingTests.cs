using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Domain.Tests.Discussions;

public sealed class PostEditingTests
{
    private static (Post Post, Member Author) NewPost()
    {
        var author = TestData.Member("amelie.r");
        var thread = ForumThread.Start(TestData.Category(), "Editing test thread", author, TestData.Body("first text"), TestData.Now);
        return (thread.Posts.Single(), author);
    }

    [Fact]
    public void ShouldReplaceWithoutRevisionWhenEditedWithinGracePeriod()
    {
        var (post, author) = NewPost();

        post.Edit(author, TestData.Body("first text, typo fixed"), expectedVersion: 1, TestData.Now.AddMinutes(2));

        Assert.Equal("first text, typo fixed", post.Raw);
        Assert.Equal(2, post.Version);
        Assert.Equal(TestData.Now.AddMinutes(2), post.EditedAt);
        Assert.Empty(post.Revisions);
    }

    [Fact]
    public void ShouldKeepTheEarlierTextWhenEditedAfterGracePeriod()
    {
        var (post, author) = NewPost();

        post.Edit(author, TestData.Body("second text"), expectedVersion: 1, TestData.Now.AddHours(1));
        post.Edit(author, TestData.Body("third text"), expectedVersion: 2, TestData.Now.AddHours(3));

        Assert.Equal([(1, "first text"), (2, "second text")], post.Revisions.Select(r => (r.Version, r.Raw)));
        Assert.Equal(TestData.Now.AddHours(1), post.Revisions.Last().WrittenAt);
        Assert.Equal(3, post.Version);
    }

    [Fact]
    public void ShouldRefuseWhenEditStartedFromAnOldVersion()
    {
        var (post, author) = NewPost();
        post.Edit(author, TestData.Body("someone else's edit"), expectedVersion: 1, TestData.Now.AddHours(1));

        Assert.Throws<StaleVersionException>(() => post.Edit(author, TestData.Body("my stale edit"), expectedVersion: 1, TestData.Now.AddHours(2)));
        Assert.Equal("someone else's edit", post.Raw);
    }

    [Fact]
    public void ShouldRefuseWhenSomeoneElseEdits()
    {
        var (post, _) = NewPost();

        Assert.Throws<NotPermittedException>(() => post.Edit(TestData.Member("intruder"), TestData.Body("mine now"), 1, TestData.Now));
        Assert.Equal("first text", post.Raw);
    }

    [Fact]
    public void ShouldKeepNumberAndHideTextWhenWithdrawn()
    {
        var (post, author) = NewPost();

        post.Withdraw(author, TestData.Now);

        Assert.True(post.IsDeleted);
        Assert.Equal(1, post.Number);
        Assert.Throws<DomainRuleException>(() => post.Edit(author, TestData.Body("after"), 1, TestData.Now));
        Assert.Throws<NotPermittedException>(() => NewPost().Post.Withdraw(TestData.Member("intruder"), TestData.Now));
    }

    [Fact]
    public void ShouldLikeOthersPostsAndRefuseOwnLikesAsNotPermitted()
    {
        var (post, author) = NewPost();

        var like = post.Like(TestData.Member("sato-k"), TestData.Now);

        Assert.Same(post, like.Post);
        Assert.Equal("sato-k", like.Member.UserName);
        Assert.Throws<NotPermittedException>(() => post.Like(author, TestData.Now));
    }
}
