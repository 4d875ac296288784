using Bunit;
using MipForum.Web.Components.Discussion;

namespace MipForum.Web.Tests.Components;

public sealed class ReplyComposerTests : ForumComponentTestBase
{
    private BunitJSModuleInterop Drafts(string saved)
    {
        var module = JSInterop.SetupModule("./js/drafts.js");
        module.Setup<string>("load", _ => true).SetResult(saved);
        module.SetupVoid("save", _ => true).SetVoidResult();
        module.SetupVoid("discard", _ => true).SetVoidResult();
        var quoting = JSInterop.SetupModule("./js/quote-selection.js");
        quoting.SetupVoid("attach", _ => true).SetVoidResult();
        quoting.SetupVoid("detach", _ => true).SetVoidResult();
        return module;
    }

    [Fact]
    public void ShouldRestoreTheDraftAndCountItsCharacters()
    {
        Reader.MemberId = 2;
        Drafts("My saved draft");

        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, 4));

        composer.WaitForAssertion(() => Assert.Equal("My saved draft", composer.Find("textarea").GetAttribute("value")));
        Assert.Equal("14 / 32,000", composer.Find(".composer__count").TextContent);
        Assert.Equal("true", composer.Find(".composer").GetAttribute("data-ready"));
    }

    [Fact]
    public void ShouldSaveTheDraftAndRecountWhileTyping()
    {
        Reader.MemberId = 2;
        var drafts = Drafts(string.Empty);
        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, 4));
        composer.WaitForAssertion(() => Assert.False(composer.Find("textarea").HasAttribute("disabled")));

        composer.Find("textarea").Input("Hello @sato-k");

        Assert.Equal("13 / 32,000", composer.Find(".composer__count").TextContent);
        var saved = drafts.Invocations.Last(i => i.Identifier == "save");
        Assert.Equal(4, saved.Arguments[0]);
        Assert.Equal("Hello @sato-k", saved.Arguments[1]);
    }

    [Fact]
    public void ShouldPreviewThroughTheRealPipeline()
    {
        Reader.MemberId = 2;
        Drafts("Thanks @sato-k :tada:");
        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, 4));
        composer.WaitForAssertion(() => Assert.Equal("true", composer.Find(".composer").GetAttribute("data-ready")));

        composer.FindAll(".composer__tab")[1].Click();

        composer.WaitForAssertion(() => Assert.Equal("@sato-k", composer.Find(".markdown-preview a.mention").TextContent));
        Assert.Contains("🎉", composer.Find(".markdown-preview .cooked").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldSuggestAndCompleteMentionsWhileTyping()
    {
        Reader.MemberId = 2;
        Drafts(string.Empty);
        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, 4));
        composer.WaitForAssertion(() => Assert.False(composer.Find("textarea").HasAttribute("disabled")));

        composer.Find("textarea").Input("Thanks @sat");

        composer.WaitForAssertion(() => Assert.Contains("@sato-k", composer.Find(".composer__suggestions").TextContent, StringComparison.Ordinal));
        composer.Find(".composer__suggestions button").Click();
        Assert.Equal("Thanks @sato-k ", composer.Find("textarea").GetAttribute("value"));
        Assert.Empty(composer.FindAll(".composer__suggestions"));
    }

    [Fact]
    public async Task ShouldInsertAQuoteOfTheSelectedTextAndReplyToItsPost()
    {
        Reader.MemberId = 2;
        Drafts("My thoughts:");
        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, 4));
        composer.WaitForAssertion(() => Assert.Equal("true", composer.Find(".composer").GetAttribute("data-ready")));

        await composer.InvokeAsync(() => composer.Instance.QuoteSelection(7, "sato-k", "  we were never on a 2-of-2 "));

        Assert.Equal("My thoughts:\n\n[quote=\"sato-k, post:7, topic:4\"]\nwe were never on a 2-of-2\n[/quote]\n\n", composer.Find("textarea").GetAttribute("value"));
        Assert.Contains("Replying to #7", composer.Find(".composer__reply-to").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldKeepTheBoxDisabledUntilInteractive()
    {
        Reader.MemberId = 2;
        var module = JSInterop.SetupModule("./js/drafts.js");
        module.Setup<string>("load", _ => true); // never answers: the island is not ready yet

        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, 4));

        Assert.True(composer.Find("textarea").HasAttribute("disabled"));
        Assert.Equal("false", composer.Find(".composer").GetAttribute("data-ready"));
    }
}
