using Microsoft.Playwright;
using MipForum.Load.Http;

namespace MipForum.Load.Scenarios;

/// <summary>Debian's Chromium under Playwright, with the reader's session cookie already in the context.</summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
    }

    public IBrowserContext Context { get; }

    public static async Task<Browser> SignedInAsync(RunContext run)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-renderer-backgrounding", "--disable-background-timer-throttling"],
        });
        var context = await browser.NewContextAsync();
        await context.AddCookiesAsync([new Cookie { Name = ForumSession.CookieName, Value = run.ReaderCookie, Url = run.Server.Address.ToString().TrimEnd('/') }]);
        return new Browser(playwright, browser, context);
    }

    /// <summary>Opens a thread page and waits until its live-update island has subscribed (its circuit is up).</summary>
    public async Task<IPage> OpenLiveThreadAsync(Uri url)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        await page.WaitForSelectorAsync(".live-bar[data-live=on]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
