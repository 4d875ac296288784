using Microsoft.Playwright;

namespace MipForum.EndToEnd.Support;

/// <summary>A browser tab that records console errors and uncaught exceptions, so a journey can assert there were none.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<BrowserPage> OpenAsync(ForumServer server, int width = 1280, int height = 900)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return new BrowserPage(context, await context.NewPageAsync());
    }

    /// <summary>Signs in through the login page (demo members share one password) and waits until the header shows the member.</summary>
    public async Task SignInAsync(string userName, string password = "mipforum-demo")
    {
        await Page.GotoAsync("/account/login");
        await SubmitSignInAsync(userName, password);
    }

    /// <summary>Fills and sends the sign-in form already on the page (reached through a remedy's link, say).</summary>
    public async Task SubmitSignInAsync(string userName, string password = "mipforum-demo")
    {
        await Page.GetByLabel("User name or email").FillAsync(userName);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.Locator(".account-menu__me").WaitForAsync();
    }

    /// <summary>Saves a full-page screenshot next to the test binaries and attaches it to the test result.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.png");
        var bytes = await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name, bytes, "image/png");
    }

    /// <summary>A screenshot of one element (a post, a form), saved and attached like the full-page ones.</summary>
    public async Task ScreenshotAsync(string name, ILocator element)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var bytes = await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, $"{name}.png") });
        TestContext.Current.AddAttachment(name, bytes, "image/png");
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
