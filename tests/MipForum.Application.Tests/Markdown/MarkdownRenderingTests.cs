using MipForum.Application.Common.Exceptions;

namespace MipForum.Application.Tests.Markdown;

/// <summary>Round trips: the forum syntax a Discourse user writes, and the exact HTML stored for it.</summary>
public sealed class MarkdownRenderingTests
{
    [Theory]
    [InlineData("## Motivation", "<h2>Motivation</h2>")]
    [InlineData("**bold** and _italic_", "<p><strong>bold</strong> and <em>italic</em></p>")]
    [InlineData("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>")]
    [InlineData("3. three\n4. four", "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>")]
    [InlineData("> quoted", "<blockquote>\n<p>quoted</p>\n</blockquote>")]
    [InlineData("~~gone~~", "<p><del>gone</del></p>")]
    [InlineData("`code`", "<p><code>code</code></p>")]
    [InlineData("```csharp\nvar x = 1 < 2;\n```", "<pre><code class=\"language-csharp\">var x = 1 &lt; 2;\n</code></pre>")]
    [InlineData("Café — 同意します →", "<p>Café — 同意します →</p>")]
    [InlineData("<b>raw</b> html", "<p>&lt;b&gt;raw&lt;/b&gt; html</p>")]
    public async Task ShouldRenderCommonMarkWhenInputIsOrdinary(string markdown, string html) =>
        Assert.Equal(html, await Renderers.HtmlAsync(markdown));

    [Fact]
    public async Task ShouldLinkExternallyWithNofollowAndInternallyWithout() =>
        Assert.Equal(
            "<p><a href=\"https://example.org/mip41\" rel=\"nofollow ugc noopener\">spec</a> and <a href=\"/proposals/MIP41\">local</a></p>",
            await Renderers.HtmlAsync("[spec](https://example.org/mip41) and [local](/proposals/MIP41)"));

    [Theory]
    [InlineData("[click](javascript:alert(1))", "<p>click</p>")]
    [InlineData("[**bold** text](JaVaScRiPt:alert(1))", "<p>bold text</p>")]
    [InlineData("![chart](data:image/svg+xml,<svg/onload=alert(1)>)", "<p>chart</p>")]
    [InlineData("![mail](mailto:a@example.org)", "<p>mail</p>")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>")]
    [InlineData("[ok](mailto:a@example.org)", "<p><a href=\"mailto:a@example.org\">ok</a></p>")]
    public async Task ShouldTurnUnsafeLinksIntoTheirTextOnce(string markdown, string html) =>
        Assert.Equal(html, await Renderers.HtmlAsync(markdown));

    [Fact]
    public async Task ShouldAutolinkBareUrls() =>
        Assert.Equal(
            "<p>See <a href=\"https://example.org/a\" rel=\"nofollow ugc noopener\">https://example.org/a</a> and <a href=\"http://www.example.org\" rel=\"nofollow ugc noopener\">www.example.org</a></p>",
            await Renderers.HtmlAsync("See https://example.org/a and www.example.org"));

    [Fact]
    public async Task ShouldLazyLoadImagesWithoutLeakingTheReferrer() =>
        Assert.Equal(
            "<p><img src=\"https://example.org/chart.png\" alt=\"chart\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></p>",
            await Renderers.HtmlAsync("![chart](https://example.org/chart.png)"));

    [Fact]
    public async Task ShouldRenderTablesWithAlignmentAsClasses() =>
        Assert.Equal(
            "<table>\n<thead>\n<tr>\n<th>Item</th>\n<th class=\"align-right\">DAI</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Budget</td>\n<td class=\"align-right\">11,500</td>\n</tr>\n</tbody>\n</table>",
            await Renderers.HtmlAsync("| Item | DAI |\n|---|---:|\n| Budget | 11,500 |"));

    [Fact]
    public async Task ShouldRenderTaskListsAsDisabledCheckboxes() =>
        Assert.Equal(
            "<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"Done\"> Budget posted</li>\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" aria-label=\"Not done\"> Roster updated</li>\n</ul>",
            await Renderers.HtmlAsync("- [x] Budget posted\n- [ ] Roster updated"));

    [Fact]
    public async Task ShouldNumberFootnotesWithIdsUniqueToThePost()
    {
        var first = await Renderers.HtmlAsync("A claim.[^1]\n\n[^1]: The source.");
        var second = await Renderers.HtmlAsync("Another claim.[^1]\n\n[^1]: Another source.");

        Assert.Matches("<a id=\"fnref-[0-9a-f]{6}-1\" href=\"#fn-[0-9a-f]{6}-1\" class=\"footnote-ref\"><sup>1</sup></a>", first);
        Assert.Contains("The source.", first, StringComparison.Ordinal);
        Assert.Contains("<div class=\"footnotes\">", first, StringComparison.Ordinal);
        var firstId = System.Text.RegularExpressions.Regex.Match(first, "id=\"(fn-[0-9a-f]{6}-1)\"").Groups[1].Value;
        Assert.DoesNotContain(firstId, second, StringComparison.Ordinal);
        SafeHtmlAssert.IsInert(first);
    }

    [Theory]
    [InlineData("Thanks :tada: :slight_smile: :+1: :heart: :nerd_face:", "<p>Thanks 🎉 🙂 👍 ❤️ 🤓</p>")]
    [InlineData(":not_an_emoji: stays", "<p>:not_an_emoji: stays</p>")]
    [InlineData("smileys :) stay text", "<p>smileys :) stay text</p>")]
    public async Task ShouldTurnKnownShortcodesIntoEmoji(string markdown, string html) =>
        Assert.Equal(html, await Renderers.HtmlAsync(markdown));

    [Theory]
    [InlineData("Thanks @sato-k!", "<p>Thanks <a class=\"mention\" href=\"/u/sato-k\">@sato-k</a>!</p>")]
    [InlineData("cc @amelie.r.", "<p>cc <a class=\"mention\" href=\"/u/amelie.r\">@amelie.r</a>.</p>")]
    [InlineData("@Moshe_F agreed", "<p><a class=\"mention\" href=\"/u/Moshe_F\">@Moshe_F</a> agreed</p>")]
    [InlineData("Hi @nobody.here", "<p>Hi @nobody.here</p>")]
    [InlineData("mail me at someone@sato-k.org", "<p>mail me at someone@sato-k.org</p>")]
    [InlineData("`@sato-k` in code", "<p><code>@sato-k</code> in code</p>")]
    [InlineData("[ask @sato-k](https://example.org)", "<p><a href=\"https://example.org\" rel=\"nofollow ugc noopener\">ask @sato-k</a></p>")]
    public async Task ShouldLinkMentionsOnlyOfExistingMembers(string markdown, string html) =>
        Assert.Equal(html, await Renderers.HtmlAsync(markdown));

    [Theory]
    [InlineData("See MIP41c5-SP2.", "<p>See <a class=\"proposal-link\" href=\"/proposals/MIP41c5-SP2\">MIP41c5-SP2</a>.</p>")]
    [InlineData("MIP41 and MIP41c5", "<p><a class=\"proposal-link\" href=\"/proposals/MIP41\">MIP41</a> and <a class=\"proposal-link\" href=\"/proposals/MIP41c5\">MIP41c5</a></p>")]
    [InlineData("MIP99 does not exist", "<p>MIP99 does not exist</p>")]
    [InlineData("xMIP41 and MIP41x", "<p>xMIP41 and MIP41x</p>")]
    [InlineData("mip41 is not a code", "<p>mip41 is not a code</p>")]
    public async Task ShouldLinkProposalCodesOnlyWhenTheProposalExists(string markdown, string html) =>
        Assert.Equal(html, await Renderers.HtmlAsync(markdown));

    [Fact]
    public async Task ShouldRenderDiscourseQuoteAsAttributedBlockLinkingToThePost() =>
        Assert.Equal(
            "<aside class=\"quote\">\n<div class=\"quote__title\"><a href=\"/t/4/posts/2\">sato-k said:</a></div>\n<blockquote>\n<p>A late statement that has been <strong>checked</strong> is better.</p>\n</blockquote>\n</aside>\n<p>I disagree.</p>",
            await Renderers.HtmlAsync("[quote=\"sato-k, post:2, topic:4\"]\nA late statement that has been **checked** is better.\n[/quote]\n\nI disagree."));

    [Fact]
    public async Task ShouldNestQuotesAndIgnoreMalformedAttribution()
    {
        var html = await Renderers.HtmlAsync("[quote=\"<b>x</b>, post:1, topic:1\"]\nouter\n[quote=\"amelie.r, post:3, topic:4, full:true\"]\ninner\n[/quote]\n[/quote]");

        Assert.Equal(
            "<aside class=\"quote\">\n<blockquote>\n<p>outer</p>\n<aside class=\"quote\">\n<div class=\"quote__title\"><a href=\"/t/4/posts/3\">amelie.r said:</a></div>\n<blockquote>\n<p>inner</p>\n</blockquote>\n</aside>\n</blockquote>\n</aside>",
            html);
    }

    [Fact]
    public async Task ShouldRejectWhenTextIsLongerThanTheLimit()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => Renderers.CookAsync(new string('a', 101), maxLength: 100));

        Assert.Equal("Posts are limited to 100 characters; this one has 101.", Assert.Single(error.Errors["body"]));
    }
}
