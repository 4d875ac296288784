using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Polls;

namespace MipForum.Web.Tests.Support;

/// <summary>
/// The demo forum (with the operator's admin) on a clock the test moves, so a poll can reach its close without waiting:
/// the clock starts at the real time and only moves forward by minutes, well inside a token's life.
/// </summary>
public sealed class PollClockFactory : ForumWebFactory
{
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Forum:Admin:UserName"] = AccountsFactory.AdminName,
        ["Forum:Admin:Email"] = "root@example.org",
        ["Forum:Admin:Password"] = AccountsFactory.AdminPassword,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    /// <summary>Moves the clock past <paramref name="closesAt"/> and runs the closing job as the host's worker does.</summary>
    public async Task CloseDuePollsAfterAsync(DateTimeOffset closesAt)
    {
        Clock.Now = closesAt.AddSeconds(1);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CloseDuePollsCommand(), TestContext.Current.CancellationToken);
    }
}
