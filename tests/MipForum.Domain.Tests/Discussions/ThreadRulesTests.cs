using MipForum.Domain.Common;
using MipForum.Domain.Discussions;

namespace MipForum.Domain.Tests.Discussions;

public sealed class ThreadRulesTests
{
    [Fact]
    public void ShouldNormaliseTagsWhenStarting()
    {
        var thread = ForumThread.Start(TestData.Category(), "Tagged thread title", TestData.Member(), TestData.Body(), TestData.Now, tags: [" MIP41 ", "rwf-001", "mip41"]);

        Assert.Equal(["mip41", "rwf-001"], thread.Tags);
    }

    [Theory]
    [InlineData("a,b,c,d,e,f")]
    [InlineData("no spaces")]
    [InlineData("-dash-first")]
    [InlineData("ünïcode")]
    public void ShouldRefuseWhenTagsAreUnfit(string tags) =>
        Assert.Throws<DomainRuleException>(() => ForumThread.Start(TestData.Category(), "Tagged thread title", TestData.Member(), TestData.Body(), TestData.Now, tags: tags.Split(',')));

    [Fact]
    public void ShouldRefuseRepliesWhenLocked()
    {
        var thread = ForumThread.Start(TestData.Category(), "Locked thread title", TestData.Member(), TestData.Body(), TestData.Now);
        thread.Lock();

        Assert.Throws<DomainRuleException>(() => thread.Reply(TestData.Member("sato-k"), TestData.Body(), null, TestData.Now));
        Assert.Equal(1, thread.PostCount);

        thread.Unlock();
        Assert.Equal(2, thread.Reply(TestData.Member("sato-k"), TestData.Body(), null, TestData.Now).Number);
    }

    [Theory]
    [InlineData("Fourteen chars")]
    [InlineData("")]
    public void ShouldRefuseWhenTitleIsUnder15Characters(string title) =>
        Assert.Throws<DomainRuleException>(() => ForumThread.Start(TestData.Category(), title, TestData.Member(), TestData.Body(), TestData.Now));
}
