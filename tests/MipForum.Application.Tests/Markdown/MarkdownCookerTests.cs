using MipForum.Application.Common.Exceptions;
using MipForum.Infrastructure.Markdown;

namespace MipForum.Application.Tests.Markdown;

/// <summary>The first cut of post rendering; the markdown issue brings the full XSS corpus.</summary>
public sealed class MarkdownCookerTests
{
    private static MarkdigMarkdownCooker Cooker(int maxLength = 32_000) =>
        new MarkdigMarkdownCooker(Microsoft.Extensions.Options.Options.Create(new MarkdownOptions { MaxSourceLength = maxLength }));

    [Theory]
    [InlineData("## Motivation", "<h2>Motivation</h2>")]
    [InlineData("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>")]
    [InlineData("> quoted", "<blockquote>\n<p>quoted</p>\n</blockquote>")]
    [InlineData("~~gone~~", "<p><del>gone</del></p>")]
    [InlineData("Thanks :tada:", "<p>Thanks 🎉</p>")]
    [InlineData("Café — 同意します →", "<p>Café — 同意します →</p>")]
    public void ShouldRenderForumMarkdownWhenInputIsOrdinary(string markdown, string html) =>
        Assert.Equal(html, Cooker().Cook(markdown).Html.Trim());

    [Fact]
    public void ShouldKeepFootnotesWhenRendering()
    {
        var html = Cooker().Cook("A claim.[^1]\n\n[^1]: The source.").Html;

        Assert.Contains("class=\"footnote-ref\"", html, StringComparison.Ordinal);
        Assert.Contains("The source.", html, StringComparison.Ordinal);
        SafeHtmlAssert.IsInert(html);
    }

    [Fact]
    public void ShouldMarkExternalLinksWhenRendering()
    {
        var html = Cooker().Cook("[spec](https://example.org/mip41) and [local](/proposals/MIP41)").Html;

        Assert.Contains("<a href=\"https://example.org/mip41\" rel=\"nofollow ugc noopener\">spec</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/proposals/MIP41\">local</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("[x](java\tscript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[a](<javascript:alert(1)>)")]
    [InlineData("[ref]\n\n[ref]: javascript:alert(1)")]
    public void ShouldNotEmitScriptWhenInputIsHostile(string markdown)
    {
        SafeHtmlAssert.IsInert(Cooker().Cook(markdown).Html);
    }

    [Fact]
    public void ShouldRejectWhenTextIsLongerThanTheLimit()
    {
        var error = Assert.Throws<RequestValidationException>(() => Cooker(maxLength: 100).Cook(new string('a', 101)));

        Assert.Equal(["raw"], error.Errors.Keys);
    }

    [Fact]
    public void ShouldRejectWithValidationErrorWhenNestingIsPathological()
    {
        var error = Assert.Throws<RequestValidationException>(() => Cooker().Cook(new string('>', 20_000) + " deep"));

        Assert.Contains("nested", error.Errors["raw"][0], StringComparison.Ordinal);
    }
}
