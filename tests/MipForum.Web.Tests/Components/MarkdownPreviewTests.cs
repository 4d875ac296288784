using Bunit;
using MipForum.Web.Components.Shared;

namespace MipForum.Web.Tests.Components;

/// <summary>The composer's preview island, wired to the real application layer on a demo SQLite database.</summary>
public sealed class MarkdownPreviewTests : ForumComponentTestBase
{
    [Fact]
    public void ShouldShowTheCookedHtmlWhenSignedIn()
    {
        Reader.MemberId = 1;

        var preview = Render<MarkdownPreview>(p => p.Add(c => c.Raw, "Thanks @sato-k :tada: see MIP41c5-SP2"));

        preview.WaitForAssertion(() => preview.Find(".cooked").MarkupMatches(
            "<div class=\"cooked\"><p>Thanks <a class=\"mention\" href=\"/u/sato-k\">@sato-k</a> 🎉 see <a class=\"proposal-link\" href=\"/proposals/MIP41c5-SP2\">MIP41c5-SP2</a></p></div>"));
    }

    [Fact]
    public void ShouldExplainWhenTheTextIsTooLong()
    {
        Reader.MemberId = 1;

        var preview = Render<MarkdownPreview>(p => p.Add(c => c.Raw, new string('x', 32_001)));

        preview.WaitForAssertion(() => Assert.Equal("Posts are limited to 32,000 characters; this one has 32,001.", preview.Find(".form-error").TextContent));
    }

    [Fact]
    public void ShouldAskToSignInWhenAnonymous()
    {
        var preview = Render<MarkdownPreview>(p => p.Add(c => c.Raw, "hello"));

        preview.WaitForAssertion(() => Assert.Equal("You need to sign in to do this. Sign in", preview.Find(".form-error").TextContent));
    }

    [Fact]
    public void ShouldSayNothingToPreviewWhenEmpty()
    {
        var preview = Render<MarkdownPreview>(p => p.Add(c => c.Raw, "   "));

        Assert.Equal("Nothing to preview yet.", preview.Find(".muted").TextContent);
    }
}
