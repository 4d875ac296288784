using MipForum.Domain.Common;

namespace MipForum.Application.Tests.Markdown;

/// <summary>What the cooker says a text refers to, next to the HTML: what notifications and the posting rules read.</summary>
public sealed class CookedReferencesTests
{
    [Fact]
    public async Task ShouldReturnExistingMentionsOnceWhenTheTextMentionsThem()
    {
        var cooked = await Renderers.CookAsync("Thanks @amelie.r and @Amelie.R, and @nobody.here; cc @sato-k.");

        Assert.Equal(["amelie.r", "sato-k"], cooked.References.MentionedUserNames);
    }

    [Theory]
    [InlineData("`@amelie.r` in code")]
    [InlineData("```\n@amelie.r\n```")]
    [InlineData("[see @amelie.r](/t/1)")]
    [InlineData("mail amelie@amelie.r")]
    public async Task ShouldReturnNoMentionWhenTheNameIsNotLinked(string markdown) =>
        Assert.Empty((await Renderers.CookAsync(markdown)).References.MentionedUserNames);

    [Fact]
    public async Task ShouldReturnQuotedPostsWhenQuotesNameThem()
    {
        var cooked = await Renderers.CookAsync(
            "[quote=\"amelie.r, post:3, topic:7\"]\nFirst\n[quote=\"sato-k, post:2, topic:7\"]\nInner\n[/quote]\n[/quote]\n\n" +
            "[quote=\"moshe_f, topic:7\"]\nNo post\n[/quote]\n\n[quote]\nNo attribution\n[/quote]");

        Assert.Equal([new QuotedPost(7, 3), new QuotedPost(7, 2)], cooked.References.QuotedPosts);
    }

    [Fact]
    public async Task ShouldReturnOutsideLinksAndImagesWhenTheHtmlShowsThem()
    {
        var cooked = await Renderers.CookAsync(
            "[spec](https://example.org/mip41), [local](/proposals/MIP41), <https://example.com/x>, [mail](mailto:a@example.org), " +
            "@amelie.r, MIP41 and ![chart](https://example.org/chart.png)");

        Assert.Equal(["https://example.org/mip41", "https://example.com/x", "mailto:a@example.org"], cooked.References.ExternalLinks);
        Assert.Equal(["https://example.org/chart.png"], cooked.References.Images);
        Assert.True(cooked.HasExternalLinkOrImage);
    }

    [Fact]
    public async Task ShouldReturnNothingWhenTheTextOnlyLinksInsideTheForum()
    {
        var cooked = await Renderers.CookAsync("[local](/proposals/MIP41), [top](#motivation), MIP41c5-SP2 and @moshe_f");

        Assert.Empty(cooked.References.ExternalLinks);
        Assert.Empty(cooked.References.Images);
        Assert.False(cooked.HasExternalLinkOrImage);
    }
}
