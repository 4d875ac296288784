using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Discussions;
using MipForum.EndToEnd.Support;
using MipForum.Infrastructure.Persistence;

namespace MipForum.EndToEnd.Journeys;

/// <summary>
/// The XSS corpus stored as real posts and opened in Chromium with alert/confirm/prompt hooked before any page
/// script runs: nothing may execute, on any page of the thread.
/// </summary>
public sealed class XssInTheBrowserJourney(ForumServer server) : IClassFixture<ForumServer>
{
    private const string Hooks = """
        window.__xss = 0;
        window.alert = window.confirm = window.prompt = function () { window.__xss++; };
        """;

    [Fact]
    public async Task ShouldRunNoScriptWhenHostilePostsAreDisplayed()
    {
        var (threadUrl, pages, stored) = await SeedVectorsAsync();
        Assert.True(stored >= 100, $"only {stored} vectors were stored");

        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        await page.AddInitScriptAsync(Hooks);

        for (var number = 1; number <= pages; number++)
        {
            await page.GotoAsync(number == 1 ? threadUrl : $"{threadUrl}?page={number}");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            // Hover and focus everything a payload could have hung a handler on.
            foreach (var element in await page.Locator(".cooked *").AllAsync())
            {
                await element.HoverAsync(new LocatorHoverOptions { Force = true, Timeout = 1_000 }).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__xss"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('.cooked script, .cooked iframe, .cooked object, .cooked embed, .cooked svg, .cooked math, .cooked form, .cooked style').length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.cooked *')].filter(e => [...e.attributes].some(a => a.name.startsWith('on') || a.name === 'style')).length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.cooked a[href], .cooked img[src]')].filter(e => /^(javascript|vbscript|data):/i.test((e.href || e.src).replace(/\\s/g, ''))).length"));
        }

        Assert.Equal(0, dialogs);
        await page.GotoAsync($"{threadUrl}?page=1");
        await tab.ScreenshotAsync("xss-corpus-page-1");
    }

    /// <summary>Stores every corpus vector as a post (those the cooker refuses are skipped) and returns where to read them.</summary>
    private async Task<(string Url, int Pages, int Stored)> SeedVectorsAsync()
    {
        var vectors = MipForum.Application.Tests.Markdown.XssCorpus.Load();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        var cooker = scope.ServiceProvider.GetRequiredService<IMarkdownCooker>();
        var author = await db.Members.SingleAsync(m => m.UserName == "tkdev", TestContext.Current.CancellationToken);
        var category = await db.Categories.SingleAsync(c => c.Slug == "general", TestContext.Current.CancellationToken);

        ForumThread? thread = null;
        var now = DateTimeOffset.UtcNow;
        foreach (var (_, text) in vectors)
        {
            try
            {
                var body = await cooker.CookAsync(text, TestContext.Current.CancellationToken);
                if (thread is null)
                {
                    thread = ForumThread.Start(category, "XSS corpus rendered as posts", author, body, now);
                    db.Threads.Add(thread);
                }
                else
                {
                    thread.Reply(author, body, null, now);
                }
            }
            catch (RequestValidationException)
            {
                // Refused with a validation error: nothing stored, nothing to render.
            }
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var pages = (thread!.PostCount + 19) / 20;
        return ($"/t/{thread.Slug}/{thread.Id}", pages, thread.PostCount);
    }
}
