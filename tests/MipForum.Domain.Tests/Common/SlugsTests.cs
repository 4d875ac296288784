using MipForum.Domain.Common;

namespace MipForum.Domain.Tests.Common;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("MIP41c5-SP2: Facilitator Offboarding (RWF-001)", "mip41c5-sp2-facilitator-offboarding-rwf-001")]
    [InlineData("Welcome to MipForum — read this first", "welcome-to-mipforum-read-this-first")]
    [InlineData("Résumé of the café call", "resume-of-the-cafe-call")]
    [InlineData("同意します", "topic")]
    [InlineData("--Already--dashed--", "already-dashed")]
    public void ShouldMakeUrlSafeSlugWhenGivenTitle(string title, string slug)
    {
        Assert.Equal(slug, Slugs.FromTitle(title));
        Assert.True(Slugs.IsSlug(Slugs.FromTitle(title)));
    }

    [Fact]
    public void ShouldCapLengthWhenTitleIsLong() =>
        Assert.True(Slugs.FromTitle(new string('a', 300)).Length <= Slugs.MaxLength);
}
