using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>A signed-in member drafts a reply (the draft survives a reload), previews it, posts it and lands on it.</summary>
public sealed class ReplyJourney(ForumServer server) : IClassFixture<ForumServer>
{
    [Fact]
    public async Task ShouldDraftPreviewAndPostAReply()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await page.GotoAsync("/account/login");
        await page.GetByLabel("User name or email").FillAsync("wei_chen");
        await page.GetByLabel("Password").FillAsync("mipforum-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(server.BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });

        await page.Locator(".thread-row__title", new() { HasText = "Facilitator Offboarding (RWF-001)" }).ClickAsync();
        var composer = page.Locator(".composer[data-ready=true]");
        await Assertions.Expect(composer).ToBeVisibleAsync();
        var text = page.GetByLabel("Your reply (markdown)");

        // The toolbar wraps the selected word at the cursor, not at the end of the text.
        await text.FillAsync("agreed on MIP41c4.");
        await text.EvaluateAsync("box => box.setSelectionRange(0, 6)");
        await composer.GetByTitle("Bold").ClickAsync();
        await Assertions.Expect(text).ToHaveValueAsync("**agreed** on MIP41c4.");
        await text.FillAsync(string.Empty);
        await text.PressSequentiallyAsync("Thanks @sato-k :tada: — **agreed** on MIP41c4.");
        await Assertions.Expect(composer.Locator(".composer__count")).ToContainTextAsync("46 / 32,000");

        // A reload keeps the draft.
        await page.ReloadAsync();
        await Assertions.Expect(composer).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Your reply (markdown)")).ToHaveValueAsync("Thanks @sato-k :tada: — **agreed** on MIP41c4.");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        var preview = composer.Locator(".markdown-preview .cooked");
        await Assertions.Expect(preview.Locator("a.mention")).ToHaveTextAsync("@sato-k");
        await Assertions.Expect(preview.Locator("a.proposal-link")).ToHaveTextAsync("MIP41c4");
        await Assertions.Expect(preview).ToContainTextAsync("🎉");
        await tab.ScreenshotAsync("reply-1-preview", composer);

        await composer.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await page.WaitForURLAsync("**#post-16", new() { WaitUntil = WaitUntilState.Commit });
        var posted = page.Locator("#post-16");
        await Assertions.Expect(posted.Locator(".post__author")).ToHaveTextAsync("陈伟 (Wei Chen)");
        await Assertions.Expect(posted.Locator(".cooked strong")).ToHaveTextAsync("agreed");
        await Assertions.Expect(page.GetByLabel("Your reply (markdown)")).ToHaveValueAsync(string.Empty);
        await tab.ScreenshotAsync("reply-2-posted", posted);

        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task ShouldPostAMaximumLengthMultiByteReplyWithoutLosingTheCircuit()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await page.GotoAsync("/account/login");
        await page.GetByLabel("User name or email").FillAsync("funmi.o");
        await page.GetByLabel("Password").FillAsync("mipforum-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(server.BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator(".thread-row__title", new() { HasText = "Should every Core Unit use the same monthly report template?" }).ClickAsync();
        await page.Locator(".composer[data-ready=true]").WaitForAsync();

        // 32,000 characters of CJK text is about 96 KB on the wire: three times SignalR's default message limit.
        var text = string.Concat(Enumerable.Repeat("同意します。", 32_000 / 6)) + "同意";
        Assert.Equal(32_000, text.Length);
        await page.GetByLabel("Your reply (markdown)").FillAsync(text);
        await Assertions.Expect(page.Locator(".composer__count")).ToHaveTextAsync("32,000 / 32,000");
        await page.Locator(".composer").GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();

        await page.WaitForURLAsync("**#post-*", new() { WaitUntil = WaitUntilState.Commit });
        var posted = page.Locator("article.post").Last;
        await Assertions.Expect(posted.Locator(".post__author")).ToHaveTextAsync("Funmilayo Oyèlárán");

        // Retried until the page has arrived in full: read once right after the URL commits, a 96 KB post can be half-parsed.
        await Assertions.Expect(posted.Locator(".cooked")).ToHaveTextAsync(text);
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(text, (await posted.Locator(".cooked").InnerTextAsync()).Trim());
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task ShouldQuoteTheSelectedTextOfAPost()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await page.GotoAsync("/account/login");
        await page.GetByLabel("User name or email").FillAsync("moshe_f");
        await page.GetByLabel("Password").FillAsync("mipforum-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(server.BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator(".thread-row__title", new() { HasText = "Weekly governance call notes" }).ClickAsync();
        await page.Locator(".composer[data-ready=true]").WaitForAsync();

        // Select the first sentence of post #3 as a reader would with the mouse.
        var selected = await page.EvaluateAsync<string>("""
            () => {
              const paragraph = document.querySelector('#post-3 .cooked p');
              const range = document.createRange();
              range.selectNodeContents(paragraph);
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
              return selection.toString().trim();
            }
            """);
        await page.Locator(".quote-selection").ClickAsync();

        var box = page.GetByLabel("Your reply (markdown)");
        await Assertions.Expect(box).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^\\[quote=\"wei_chen, post:3, topic:\\d+\"\\]\\n"));
        Assert.Contains(selected, await box.InputValueAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".composer__reply-to")).ToContainTextAsync("Replying to #3");
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
