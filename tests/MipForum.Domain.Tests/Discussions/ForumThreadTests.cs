using MipForum.Domain.Common;
using MipForum.Domain.Discussions;

namespace MipForum.Domain.Tests.Discussions;

public sealed class ForumThreadTests
{
    [Fact]
    public void ShouldMakeFirstPostNumberOneWhenThreadStarts()
    {
        var thread = ForumThread.Start(TestData.Category(), "MIP41c5-SP2: Facilitator Offboarding", TestData.Member(), TestData.Body(), TestData.Now);

        var post = Assert.Single(thread.Posts);
        Assert.Equal(1, post.Number);
        Assert.Equal(1, thread.PostCount);
        Assert.Equal("mip41c5-sp2-facilitator-offboarding", thread.Slug);
    }

    [Fact]
    public void ShouldNumberRepliesWithoutGapsWhenPostsAreAdded()
    {
        var thread = ForumThread.Start(TestData.Category(), "Numbering test thread", TestData.Member(), TestData.Body(), TestData.Now);

        for (var i = 1; i <= 5; i++)
        {
            thread.Reply(TestData.Member("sato-k"), TestData.Body($"reply {i}"), replyToNumber: i, TestData.Now.AddMinutes(i));
        }

        Assert.Equal([1, 2, 3, 4, 5, 6], thread.Posts.Select(p => p.Number));
        Assert.Equal(6, thread.PostCount);
        Assert.Equal(TestData.Now.AddMinutes(5), thread.LastActivityAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-1)]
    public void ShouldRefuseWhenReplyTargetsAPostThatDoesNotExist(int replyTo)
    {
        var thread = ForumThread.Start(TestData.Category(), "Reply target test", TestData.Member(), TestData.Body(), TestData.Now);

        Assert.Throws<DomainRuleException>(() => thread.Reply(TestData.Member(), TestData.Body(), replyTo, TestData.Now));
        Assert.Equal(1, thread.PostCount);
    }

    [Fact]
    public void ShouldRefuseWhenPostIsBlank()
    {
        var thread = ForumThread.Start(TestData.Category(), "Blank post test", TestData.Member(), TestData.Body(), TestData.Now);

        Assert.Throws<DomainRuleException>(() => thread.Reply(TestData.Member(), new CookedMarkdown("  \n ", "", "text", CookedReferences.None), null, TestData.Now));
        Assert.Single(thread.Posts);
    }

    [Theory]
    [InlineData("Hey")]
    [InlineData("    ")]
    public void ShouldRefuseWhenTitleIsTooShort(string title) =>
        Assert.Throws<DomainRuleException>(() => ForumThread.Start(TestData.Category(), title, TestData.Member(), TestData.Body(), TestData.Now));

    [Fact]
    public void ShouldKeepActivityOrderWhenClockStepsBack()
    {
        var thread = ForumThread.Start(TestData.Category(), "Clock test thread", TestData.Member(), TestData.Body(), TestData.Now);

        var reply = thread.Reply(TestData.Member(), TestData.Body(), null, TestData.Now.AddMinutes(-5));

        Assert.Equal(TestData.Now, reply.CreatedAt);
        Assert.Equal(TestData.Now, thread.LastActivityAt);
    }
}
