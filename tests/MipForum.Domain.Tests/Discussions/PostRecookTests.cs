using MipForum.Domain.Common;
using MipForum.Domain.Discussions;

namespace MipForum.Domain.Tests.Discussions;

public sealed class PostRecookTests
{
    private static Post Post() =>
        ForumThread.Start(TestData.Category(), "Recook test thread", TestData.Member(), new CookedMarkdown("**x**", "<b>old</b>", "text", CookedReferences.None), TestData.Now).Posts.Single();

    [Fact]
    public void ShouldReplaceHtmlWhenSourceIsTheSame()
    {
        var post = Post();

        Assert.True(post.Recook(new CookedMarkdown("**x**", "<p><strong>x</strong></p>", "text", CookedReferences.None)));
        Assert.Equal("<p><strong>x</strong></p>", post.Cooked);
        Assert.Null(post.EditedAt);
    }

    [Fact]
    public void ShouldReportNoChangeWhenHtmlIsIdentical() =>
        Assert.False(Post().Recook(new CookedMarkdown("**x**", "<b>old</b>", "text", CookedReferences.None)));

    [Fact]
    public void ShouldRefuseWhenSourceDiffers()
    {
        var post = Post();

        Assert.Throws<DomainRuleException>(() => post.Recook(new CookedMarkdown("something else", "<p>something else</p>", "text", CookedReferences.None)));
        Assert.Equal("<b>old</b>", post.Cooked);
    }
}
