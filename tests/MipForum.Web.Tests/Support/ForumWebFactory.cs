using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MipForum.Web.Tests.Support;

/// <summary>The real composition (Program) on its own SQLite file, seeded with the demo content as a newcomer sees it.</summary>
public class ForumWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databasePath;

    public ForumWebFactory()
        : this(Path.Combine(Path.GetTempPath(), $"mipforum-webtest-{Guid.NewGuid():N}.db"))
    {
    }

    /// <summary>A forum on a given database file, to restart "the same forum" with other settings.</summary>
    protected ForumWebFactory(string databasePath) => _databasePath = databasePath;

    public string DatabasePath => _databasePath;

    /// <summary>Delete the database file on dispose (false when another factory reuses it).</summary>
    public bool DeleteDatabaseOnDispose { get; set; } = true;

    /// <summary>Extra configuration for a test class that needs other limits (page sizes…).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development, static web assets (blazor.web.js, scoped CSS) are only found through their manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Forum", $"Data Source={_databasePath}");
        builder.UseSetting("Forum:SeedDemo", "true");

        // Tests send many requests from one address; the rate-limit tests set their own, low limits.
        builder.UseSetting("Forum:RateLimits:Commands:PermitLimit", "10000");
        builder.UseSetting("Forum:RateLimits:Auth:PermitLimit", "10000");
        builder.UseSetting("Forum:RateLimits:WritesPerUser:PermitLimit", "10000");
        builder.UseSetting("Forum:RateLimits:WritesPerIp:PermitLimit", "10000");
        builder.UseSetting("Forum:RateLimits:Search:PermitLimit", "10000");
        builder.UseSetting("Forum:Moderation:NewAccountPostsPerDay", "100000");
        builder.UseSetting("Forum:Moderation:NewAccountPostsWithoutLinks", "0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
    }

    /// <summary>Starts the host once, before tests run in parallel: the factory's lazy start is not thread-safe.</summary>
    public ValueTask InitializeAsync()
    {
        _ = Server;
        return ValueTask.CompletedTask;
    }

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!DeleteDatabaseOnDispose)
        {
            GC.SuppressFinalize(this);
            return;
        }

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

        GC.SuppressFinalize(this);
    }
}
