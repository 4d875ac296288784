using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>
/// The composer's text lives in the browser: typing sends (almost) nothing over the circuit, the draft survives a
/// reload, and suggestions, completion and preview still work after the websocket was cut and Blazor reconnected.
/// </summary>
public sealed partial class ComposerDraftJourney(ForumServer server) : IClassFixture<ForumServer>
{
    private const string Thread = "Weekly governance call notes";

    private static async Task<ILocator> OpenTheComposerAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator(".thread-row__title", new() { HasText = Thread }).ClickAsync();
        await page.Locator(".composer[data-ready=true]").WaitForAsync();
        return page.GetByLabel("Your reply (markdown)");
    }

    [Fact]
    public async Task ShouldKeepOneCopyOfAQuoteWhenThePageIsReloaded()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        await tab.SignInAsync("wei_chen");
        var page = tab.Page;
        await OpenTheComposerAsync(page);
        var threadUrl = page.Url.Split('?', '#')[0];
        await page.GotoAsync($"{threadUrl}?quote=2#composer");
        await page.Locator(".composer[data-ready=true]").WaitForAsync();
        var box = page.GetByLabel("Your reply (markdown)");
        await Assertions.Expect(box).ToHaveValueAsync(new Regex(@"\[quote="));
        await box.PressAsync("Control+End");
        await box.PressSequentiallyAsync("My answer to that.");

        await page.ReloadAsync();
        await page.Locator(".composer[data-ready=true]").WaitForAsync();

        await Assertions.Expect(box).ToHaveValueAsync(new Regex("My answer to that\\.$"));
        var value = await box.InputValueAsync();
        Assert.Single(Regex.Matches(value, @"\[quote="));
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task ShouldNotShowOneMembersDraftToTheNextMemberOnTheSameBrowser()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        await tab.SignInAsync("tkdev");
        var page = tab.Page;
        var box = await OpenTheComposerAsync(page);
        await box.FillAsync("A private draft that tkdev has not posted.");
        await page.ReloadAsync();
        await page.Locator(".composer[data-ready=true]").WaitForAsync();
        await Assertions.Expect(box).ToHaveValueAsync("A private draft that tkdev has not posted.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await tab.SignInAsync("funmi.o");
        var next = await OpenTheComposerAsync(page);

        await Assertions.Expect(next).ToHaveValueAsync(string.Empty);
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task ShouldNotSendTheTextWhileTypingAndKeepTheDraftAcrossAReload()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        await tab.SignInAsync("lena.v");
        var page = tab.Page;
        var traffic = new CircuitTraffic(page);
        var box = await OpenTheComposerAsync(page);

        // 2,000 characters, Latin and CJK: 3,300 bytes of UTF-8, which the old composer sent whole on every keystroke.
        var text = string.Concat(Enumerable.Repeat("Drafts stay in the browser; 草稿留在浏览器里。 ", 60))[..2_000];
        var textBytes = Encoding.UTF8.GetByteCount(text);
        await box.FocusAsync();
        traffic.Start();
        // Typed key by key: on a loaded 2-core machine this alone can take over the 30 s default.
        await box.PressSequentiallyAsync(text, new() { Timeout = 180_000 });
        await Assertions.Expect(page.Locator(".composer__count")).ToHaveTextAsync("2,000 / 32,000");
        var (frames, bytes) = traffic.Stop();

        // What went over the circuit while typing: "there is text now" once, and SignalR's keep-alive pings.
        TestContext.Current.SendDiagnosticMessage($"Typing {text.Length:N0} characters ({textBytes:N0} bytes) sent {frames} frames, {bytes:N0} bytes over the circuit.");
        Assert.True(bytes < textBytes / 10, $"{bytes:N0} bytes in {frames} frames were sent while typing {textBytes:N0} bytes of text.");
        Assert.True(frames < 10, $"{frames} frames were sent while typing.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true })).ToBeEnabledAsync();

        // The draft was saved by the browser: a reload brings it back, counted.
        await page.ReloadAsync();
        await page.Locator(".composer[data-ready=true]").WaitForAsync();
        await Assertions.Expect(box).ToHaveValueAsync(text);
        await Assertions.Expect(page.Locator(".composer__count")).ToHaveTextAsync("2,000 / 32,000");

        // Preview asks the browser for the text once and shows it cooked.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator(".markdown-preview .cooked")).ToContainTextAsync("草稿留在浏览器里。");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Write" }).ClickAsync();
        await Assertions.Expect(box).ToHaveValueAsync(text);
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task ShouldSuggestCompleteAndPreviewFromTheKeyboardAfterAReconnect()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        await tab.SignInAsync("lena.v");
        var page = tab.Page;

        // Every circuit websocket passes through Playwright, so the journey can cut one as a flaky network would.
        var sockets = new CircuitSockets();
        await sockets.RouteAsync(page);
        var box = await OpenTheComposerAsync(page);
        await box.PressSequentiallyAsync("Thanks");

        var cut = await sockets.CutAsync();
        await EventuallyAsync(() => sockets.ResumedAfter(cut));

        // Blazor resumed the same circuit: the box kept its text, and the island still answers it.
        await Assertions.Expect(box).ToHaveValueAsync("Thanks");
        await box.PressSequentiallyAsync(" @sat");
        var suggestion = page.Locator(".composer__suggestions button", new() { HasText = "@sato-k" });
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await tab.ScreenshotAsync("composer-desktop", page.Locator(".composer"));

        // The suggestions come just before the box: Shift+Tab reaches one, Enter completes it, and the cursor is back in the box.
        await box.PressAsync("Shift+Tab");
        await Assertions.Expect(suggestion).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(box).ToHaveValueAsync("Thanks @sato-k ");
        await Assertions.Expect(box).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".composer__suggestions")).ToHaveCountAsync(0);
        await page.Keyboard.TypeAsync("**for the notes**");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator(".markdown-preview a.mention")).ToHaveTextAsync("@sato-k");
        await Assertions.Expect(page.Locator(".markdown-preview strong")).ToHaveTextAsync("for the notes");

        await page.SetViewportSizeAsync(390, 844);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Write" }).ClickAsync();
        await tab.ScreenshotAsync("composer-phone", page.Locator(".composer"));

        // The cut itself is logged as errors (Blazor's "Connection disconnected with error", and Chromium's complaint about
        // a send on the socket being closed); anything else is a fault.
        string[] ofTheCut = ["Connection disconnected with error", "WebSocket is already in CLOSING or CLOSED state"];
        var errors = tab.Errors.Where(e => !ofTheCut.Any(cut => e.Contains(cut, StringComparison.Ordinal))).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex BlazorHub();

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "Blazor did not reconnect within 20 seconds.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The page's circuit websockets, relayed through Playwright: one can be cut, and the next one watched.</summary>
    private sealed class CircuitSockets
    {
        private readonly Lock _lock = new();
        private readonly List<(IWebSocketRoute Page, IWebSocketRoute Server)> _sockets = [];
        private readonly List<int> _fromServer = [];

        public Task RouteAsync(IPage page) => page.RouteWebSocketAsync(BlazorHub(), socket =>
        {
            var server = socket.ConnectToServer();
            int index;
            lock (_lock)
            {
                index = _sockets.Count;
                _sockets.Add((socket, server));
                _fromServer.Add(0);
            }

            server.OnMessage(frame =>
            {
                lock (_lock)
                {
                    _fromServer[index]++;
                }

                if (frame.Binary is { } binary)
                {
                    socket.Send(binary);
                }
                else
                {
                    socket.Send(frame.Text ?? string.Empty);
                }
            });
        });

        /// <summary>Closes the newest socket on both sides; returns its index.</summary>
        public async Task<int> CutAsync()
        {
            (IWebSocketRoute Page, IWebSocketRoute Server) last;
            int index;
            lock (_lock)
            {
                index = _sockets.Count - 1;
                last = _sockets[index];
            }

            await last.Server.CloseAsync();
            await last.Page.CloseAsync();
            return index;
        }

        /// <summary>A newer socket got the hub's handshake and the answer to resuming the circuit.</summary>
        public bool ResumedAfter(int cut)
        {
            lock (_lock)
            {
                return _fromServer.Skip(cut + 1).Any(count => count >= 2);
            }
        }
    }

    /// <summary>Frames and bytes the page sends over its websockets while counting is on.</summary>
    private sealed class CircuitTraffic
    {
        private readonly Lock _lock = new();
        private bool _counting;
        private int _frames;
        private long _bytes;

        public CircuitTraffic(IPage page) =>
            page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
            {
                lock (_lock)
                {
                    if (_counting)
                    {
                        _frames++;
                        _bytes += frame.Binary?.Length ?? Encoding.UTF8.GetByteCount(frame.Text ?? string.Empty);
                    }
                }
            };

        public void Start()
        {
            lock (_lock)
            {
                _counting = true;
            }
        }

        public (int Frames, long Bytes) Stop()
        {
            lock (_lock)
            {
                _counting = false;
                return (_frames, _bytes);
            }
        }
    }
}
