using MipForum.Domain.Common;

namespace MipForum.Domain.Tests.Common;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" \t\n")]
    [InlineData("\u200B\u200C\u200D")]
    [InlineData("\u2060\uFEFF")]
    [InlineData("\u3164\u115F\u1160\uFFA0")]
    [InlineData("\u2800\u2800\u2800")]
    [InlineData("\0")]
    [InlineData("\u0301\u0308\u20DD")]
    [InlineData("\u00A0\u3000\u2028")]
    public void ShouldFindNothingVisibleWhenTextIsBlankOrInvisible(string text) =>
        Assert.False(VisibleText.HasVisibleCharacter(text));

    [Theory]
    [InlineData("a")]
    [InlineData("\u200Bx\u200B")]
    [InlineData("e\u0301")]
    [InlineData("佐藤")]
    [InlineData("👍")]
    [InlineData("---")]
    public void ShouldFindVisibleTextWhenAnyCharacterShows(string text) =>
        Assert.True(VisibleText.HasVisibleCharacter(text));

    [Fact]
    public void ShouldRefusePostsWithoutVisibleText() =>
        Assert.Throws<DomainRuleException>(() => MipForum.Domain.Discussions.ForumThread.Start(TestData.Category(), "A perfectly fine title", TestData.Member(), new CookedMarkdown("\u200B\u200B", "<p>\u200B\u200B</p>", "text", CookedReferences.None), TestData.Now));
}
