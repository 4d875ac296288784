using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application;
using MipForum.Infrastructure;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Common;
using MipForum.Web.Composition;
using MipForum.Web.Security;

namespace MipForum.Web.Tests.Components;

/// <summary>
/// bUnit with the real application layer behind ScopedSender, on a demo-seeded SQLite file, and a reader whose
/// sign-in the test sets: for islands that send commands and queries.
/// </summary>
public abstract class ForumComponentTestBase : BunitContext, IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mipforum-component-{Guid.NewGuid():N}.db");

    protected ForumComponentTestBase()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Forum"] = $"Data Source={_databasePath}",
            ["Forum:SeedDemo"] = "true",
        }).Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddSingleton(TimeProvider.System);
        Services.AddLogging();
        Services.AddApplication(configuration);
        Services.AddInfrastructure(configuration);
        Services.AddForumMediator();
        Services.AddScoped<ScopedSender>();
        Services.AddScoped<CircuitLiveUpdates>();
        Services.AddScoped<CircuitAddress>();
        Services.AddSingleton(new AddressWriteLimiter(new WindowLimit { PermitLimit = 10_000, WindowSeconds = 60 }));
        Services.AddSingleton<AuthenticationStateProvider>(Reader);
    }

    protected SignedInReader Reader { get; } = new();

    public async ValueTask InitializeAsync() => await Services.RunStartupWorkAsync(Xunit.TestContext.Current.CancellationToken);

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }

        GC.SuppressFinalize(this);
    }

    protected sealed class SignedInReader : AuthenticationStateProvider
    {
        public int? MemberId { get; set; }

        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(MemberId is { } id
                ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"))
                : new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
