using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Components.Discussion;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Components;

/// <summary>
/// The island with its browser side faked (composer.js holds the text): what the island shows, and what it asks of the
/// browser. That typing sends nothing over the circuit is proved in a real browser (ReplyJourney).
/// </summary>
public sealed class ReplyComposerTests : ForumComponentTestBase
{
    private IRenderedComponent<ReplyComposer> Ready(int threadId = 4)
    {
        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, threadId));
        composer.WaitForAssertion(() => Assert.Equal("true", composer.Find(".composer").GetAttribute("data-ready")));
        return composer;
    }

    [Fact]
    public void ShouldLeaveTheTextToTheBrowserWhenTyping()
    {
        Reader.MemberId = 2;
        var script = ComposerScript.Fake(JSInterop, "My saved draft");

        var composer = Ready();

        // The box is attached to this member's draft for the thread and counted against the limit in the browser.
        var attach = script.Invocations.Single(i => i.Identifier == "attach");
        Assert.Equal("2:4", attach.Arguments[3]);
        Assert.Equal(32_000, attach.Arguments[4]);
        Assert.False(composer.Find(".composer__footer .button--primary").HasAttribute("disabled"));

        // No value is rendered and no input handler is bound: keystrokes have nothing to travel to.
        var box = composer.Find("textarea");
        Assert.False(box.HasAttribute("value"));
        Assert.Throws<MissingEventHandlerException>(() => box.Input("typed"));
        Assert.Throws<MissingEventHandlerException>(() => box.Change("typed"));
    }

    [Fact]
    public async Task ShouldEnableReplyOnlyWhileTheBrowserSaysThereIsText()
    {
        Reader.MemberId = 2;
        ComposerScript.Fake(JSInterop, string.Empty);
        var composer = Ready();
        var reply = () => composer.Find(".composer__footer .button--primary");
        Assert.True(reply().HasAttribute("disabled"));

        await composer.InvokeAsync(() => composer.Instance.Typed(true, null));
        Assert.False(reply().HasAttribute("disabled"));

        await composer.InvokeAsync(() => composer.Instance.Typed(false, null));
        Assert.True(reply().HasAttribute("disabled"));
    }

    [Fact]
    public void ShouldPreviewThroughTheRealPipelineAndKeepTheBox()
    {
        Reader.MemberId = 2;
        ComposerScript.Fake(JSInterop, "Thanks @sato-k :tada:");
        var composer = Ready();

        composer.FindAll(".composer__tab")[1].Click();

        composer.WaitForAssertion(() => Assert.Equal("@sato-k", composer.Find(".markdown-preview a.mention").TextContent));
        Assert.Contains("🎉", composer.Find(".markdown-preview .cooked").TextContent, StringComparison.Ordinal);
        Assert.True(composer.Find(".composer__write").HasAttribute("hidden")); // the browser's box, and its text, stay

        composer.FindAll(".composer__tab")[0].Click();
        Assert.Empty(composer.FindAll(".markdown-preview"));
        Assert.False(composer.Find(".composer__write").HasAttribute("hidden"));
    }

    [Fact]
    public async Task ShouldSuggestAndCompleteTheMentionTheBrowserReports()
    {
        Reader.MemberId = 2;
        var script = ComposerScript.Fake(JSInterop, string.Empty);
        var composer = Ready();

        await composer.InvokeAsync(() => composer.Instance.Typed(true, "sat"));

        composer.WaitForAssertion(() => Assert.Contains("@sato-k", composer.Find(".composer__suggestions").TextContent, StringComparison.Ordinal));
        composer.Find(".composer__suggestions button").Click();
        var completed = script.Invocations.Single(i => i.Identifier == "completeMention");
        Assert.Equal("sato-k", completed.Arguments[1]);
        Assert.Empty(composer.FindAll(".composer__suggestions"));
    }

    [Theory]
    [InlineData("sa to")]
    [InlineData("%")]
    [InlineData("a-user-name-far-too-long")]
    public async Task ShouldAskNothingWhenTheReportedMentionCannotStartAUserName(string prefix)
    {
        Reader.MemberId = 2;
        ComposerScript.Fake(JSInterop, string.Empty);
        var composer = Ready();

        await composer.InvokeAsync(() => composer.Instance.Typed(true, prefix));

        Assert.Empty(composer.FindAll(".composer__suggestions"));
    }

    [Fact]
    public void ShouldAskTheBrowserToWrapTheSelectionFromTheToolbar()
    {
        Reader.MemberId = 2;
        var script = ComposerScript.Fake(JSInterop, "agreed");
        var composer = Ready();

        composer.Find("[title=Bold]").Click();

        var wrap = script.Invocations.Single(i => i.Identifier == "wrap");
        Assert.Equal(["**", "**", "bold"], wrap.Arguments.Skip(1).Cast<string>());
    }

    [Fact]
    public async Task ShouldAppendAQuoteOfTheSelectedTextAndReplyToItsPost()
    {
        Reader.MemberId = 2;
        var script = ComposerScript.Fake(JSInterop, "My thoughts:");
        var composer = Ready();

        await composer.InvokeAsync(() => composer.Instance.QuoteSelection(7, "sato-k", "  we were never on a 2-of-2 "));

        var append = script.Invocations.Single(i => i.Identifier == "append");
        Assert.Equal("[quote=\"sato-k, post:7, topic:4\"]\nwe were never on a 2-of-2\n[/quote]\n\n", append.Arguments[1]);
        Assert.Contains("Replying to #7", composer.Find(".composer__reply-to").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldPostTheBrowsersTextAndDiscardItsDraft()
    {
        var db = Services.GetRequiredService<ForumDbContext>();
        Reader.MemberId = await db.Members.Where(m => m.UserName == "wei_chen").Select(m => m.Id).SingleAsync(Xunit.TestContext.Current.CancellationToken);
        var script = ComposerScript.Fake(JSInterop, "Posted from the browser's box.");
        var composer = Ready();

        await composer.Find(".composer__footer .button--primary").ClickAsync(new());

        composer.WaitForAssertion(() => Assert.Contains("/t/4/posts/", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Equal(1, await db.Posts.CountAsync(p => p.ThreadId == 4 && p.Raw == "Posted from the browser's box.", Xunit.TestContext.Current.CancellationToken));
        Assert.Single(script.Invocations, i => i.Identifier == "discard");
    }

    [Fact]
    public void ShouldStopQuietlyWhenTheBoxLeftThePageWhileStarting()
    {
        Reader.MemberId = 2;
        var module = JSInterop.SetupModule("./js/composer.js");
        module.Setup<bool?>("attach", _ => true).SetResult(null); // the reader navigated on: the browser has no box
        var quoting = JSInterop.SetupModule("./js/quote-selection.js");

        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, 4));

        composer.WaitForAssertion(() => Assert.Single(module.Invocations, i => i.Identifier == "attach"));
        Assert.Equal("false", composer.Find(".composer").GetAttribute("data-ready"));
        Assert.Empty(quoting.Invocations);
    }

    [Fact]
    public void ShouldKeepTheBoxDisabledUntilInteractive()
    {
        Reader.MemberId = 2;
        var module = JSInterop.SetupModule("./js/composer.js");
        module.Setup<bool?>("attach", _ => true); // never answers: the island is not ready yet
        var quoting = JSInterop.SetupModule("./js/quote-selection.js");
        quoting.SetupVoid("attach", _ => true).SetVoidResult();

        var composer = Render<ReplyComposer>(p => p.Add(c => c.ThreadId, 4));

        Assert.True(composer.Find("textarea").HasAttribute("disabled"));
        Assert.Equal("false", composer.Find(".composer").GetAttribute("data-ready"));
    }
}
