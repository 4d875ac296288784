using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Accounts;
using MipForum.Domain.Members;
using MipForum.Infrastructure;
using MipForum.Infrastructure.Persistence;
using MipForum.Web.Composition;

namespace MipForum.Application.Tests.Support;

/// <summary>
/// The application's real composition (Mediator pipeline, validators, handlers, EF Core) on a fresh SQLite file
/// with migrations applied. No demo content: each test writes what it reads.
/// </summary>
public sealed class ForumTestHost : IAsyncDisposable
{
    private readonly string _databasePath;
    private readonly ServiceProvider _services;

    private ForumTestHost(string databasePath, ServiceProvider services, TestClock time)
    {
        _databasePath = databasePath;
        _services = services;
        Time = time;
    }

    public TestClock Time { get; }

    // Migrating a fresh SQLite file takes most of a host's start; hundreds of tests copy one migrated file instead.
    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateMigratedTemplateAsync);

    /// <param name="configure">Extra services (an interceptor that fails saves…), added after the real composition.</param>
    public static async Task<ForumTestHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mipforum-apptest-{Guid.NewGuid():N}.db");
        File.Copy(await MigratedTemplate.Value, path);
        return await StartOnAsync(path, settings, configure);
    }

    private static async Task<string> CreateMigratedTemplateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mipforum-apptest-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        var template = await StartOnAsync(path, null, null);
        await template._services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }

    private static async Task<ForumTestHost> StartOnAsync(string path, IDictionary<string, string?>? settings, Action<IServiceCollection>? configure)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Forum"] = $"Data Source={path}",
            ["Forum:SeedDemo"] = "false",
            ["Forum:RateLimits:Commands:PermitLimit"] = "10000",

            // Test members are new accounts; the new-account brakes have their own tests that set them.
            ["Forum:Moderation:NewAccountPostsPerDay"] = "100000",
            ["Forum:Moderation:NewAccountPostsWithoutLinks"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new TestClock(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration);
        services.AddForumMediator();
        configure?.Invoke(services);

        var host = new ForumTestHost(path, services.BuildServiceProvider(validateScopes: true), time);
        await host._services.RunStartupWorkAsync(TestContext.Current.CancellationToken);
        return host;
    }

    /// <summary>Sends through the full pipeline, in its own scope, as the web host does; anonymous unless a member is given.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, int? asMember = null)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetMember(asMember);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, TestContext.Current.CancellationToken);
    }

    /// <summary>Sends a command as <paramref name="asMember"/>, optionally from a client address (as the host hands it over: hashed).</summary>
    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, int? asMember = null, string? fromAddressHash = null)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetMember(asMember);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetAddressHash(fromAddressHash);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }

    /// <summary>Sends as the operator's command line does (every permission).</summary>
    public async Task<TResponse> SendAsSystemAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }

    /// <summary>Runs something with the host's services in a fresh scope (reading what was stored, Identity checks).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Registers a member through the real command and gives them roles; returns the member id.</summary>
    public async Task<int> MemberAsync(string userName, MemberRoles roles = MemberRoles.Contributor)
    {
        // As the system: arrangement may use names registration reserves ("admin").
        var registered = await SendAsSystemAsync(new RegisterMemberCommand(userName, $"{userName}@example.org", Password));
        if (roles != MemberRoles.Contributor)
        {
            await ArrangeAsync(async (db, _) => (await db.Members.FindAsync([registered.MemberId], TestContext.Current.CancellationToken))!.GrantAtSetup(roles));
        }

        return registered.MemberId;
    }

    /// <summary>Members an admin has set to trust level Member by hand: established flaggers whose flags weigh and can hide.</summary>
    public async Task<int[]> EstablishedMembersAsync(int admin, params string[] names)
    {
        var ids = new List<int>();
        foreach (var name in names)
        {
            ids.Add(await MemberAsync(name));
            await SendAsync(new Application.Features.Moderation.SetTrustLevelCommand(name, Domain.Moderation.TrustLevel.Member, "Long-standing contributor"), asMember: admin);
        }

        return [.. ids];
    }

    public const string Password = "a long test password";

    /// <summary>Arranges data directly through the DbContext and domain behaviour.</summary>
    public async Task ArrangeAsync(Func<ForumDbContext, IServiceProvider, Task> arrange)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        await arrange(db, scope.ServiceProvider);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
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
