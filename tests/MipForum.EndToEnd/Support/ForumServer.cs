using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace MipForum.EndToEnd.Support;

/// <summary>
/// The real forum on a real port (Kestrel, port 0) with the demo content, and Debian's Chromium driven by Playwright.
/// Playwright never downloads a browser here: it launches /usr/bin/chromium, which ./test.sh installs.
/// </summary>
public sealed class ForumServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminName = "root.admin";
    public const string AdminPassword = "an operator chosen password";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mipforum-e2e-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public ForumServer() => UseKestrel(0);

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The forum's clock: real time unless a journey moves it forward.</summary>
    public ShiftableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development, static web assets (blazor.web.js, scoped CSS) are only found through their manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Forum", $"Data Source={_databasePath}");
        builder.UseSetting("Forum:SeedDemo", "true");
        builder.UseSetting("Forum:Admin:UserName", AdminName);
        builder.UseSetting("Forum:Admin:Email", "root@example.org");
        builder.UseSetting("Forum:Admin:Password", AdminPassword);
        builder.UseSetting("Forum:RateLimits:Commands:PermitLimit", "10000");
        builder.UseSetting("Forum:RateLimits:Search:PermitLimit", "10000");

        // Every edit keeps a revision, so a journey can open a post's history without waiting out the grace period.
        builder.UseSetting("Forum:Posts:EditGraceSeconds", "0");
        builder.UseSetting("Forum:RateLimits:Auth:PermitLimit", "1000");
        builder.UseSetting("Forum:Moderation:NewAccountPostsPerDay", "100000");

        // The demo's members have little history (trust "new" or "basic", flag weight 1–2): three of their flags hide a post.
        builder.UseSetting("Forum:Moderation:HideThreshold", "3");
        builder.UseSetting("Forum:Moderation:NewAccountPostsWithoutLinks", "0");

        // A poll whose close a journey reached by moving the clock is counted within a second, as the worker would.
        builder.UseSetting("Forum:Polls:CloseCheckSeconds", "1");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser journeys need Debian's Chromium at {ChromiumPath}; run ./test.sh, which installs it (apt-get install chromium).");
        }

        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .TrimEnd('/');

        // A loaded 2-core CI box can take longer than Playwright's 5 s default to render a circuit's update.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", ".in-use" })
        {
            File.Delete(_databasePath + suffix);
        }

        // The deployment's Data Protection keys live beside the database (ForumDataProtection).
        var keys = Path.Combine(Path.GetDirectoryName(_databasePath)!, Path.GetFileNameWithoutExtension(_databasePath) + "-keys");
        if (Directory.Exists(keys))
        {
            Directory.Delete(keys, recursive: true);
        }
    }
}
