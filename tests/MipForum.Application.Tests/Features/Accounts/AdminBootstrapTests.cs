using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Identity;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Accounts;

public sealed class AdminBootstrapTests
{
    private static readonly Dictionary<string, string?> AdminSettings = new()
    {
        ["Forum:Admin:UserName"] = "root.admin",
        ["Forum:Admin:Email"] = "root@example.org",
        ["Forum:Admin:Password"] = "a configured admin password",
    };

    [Fact]
    public async Task ShouldCreateTheConfiguredAdminWhenStartingOnAnEmptyDatabase()
    {
        await using var host = await ForumTestHost.StartAsync(AdminSettings);

        var (roles, passwordWorks) = await host.InScopeAsync(async services =>
        {
            var member = await services.GetRequiredService<ForumDbContext>().Members.SingleAsync(TestContext.Current.CancellationToken);
            var users = services.GetRequiredService<UserManager<ForumUser>>();
            var user = await users.FindByNameAsync("root.admin");
            return (member.Roles, await users.CheckPasswordAsync(user!, "a configured admin password"));
        });
        Assert.Equal(MemberRoles.Contributor | MemberRoles.Admin, roles);
        Assert.True(passwordWorks);
    }

    private static Task<bool> BootstrapAsync(ForumTestHost host, string email) =>
        host.InScopeAsync(async services =>
        {
            var bootstrapper = ActivatorUtilities.CreateInstance<AdminBootstrapper>(services, Microsoft.Extensions.Options.Options.Create(new AdminOptions
            {
                UserName = "root.admin",
                Email = email,
                Password = "a different password",
            }));
            await bootstrapper.EnsureAdminAsync(TestContext.Current.CancellationToken);
            return true;
        });

    [Fact]
    public async Task ShouldRefuseToPromoteASquattedNameWhoseEmailIsNotTheOperators()
    {
        await using var host = await ForumTestHost.StartAsync();
        await host.MemberAsync("root.admin"); // registered by someone else first, with root.admin@example.org

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BootstrapAsync(host, "operator@example.org"));

        Assert.Contains("whose email is not the one given", error.Message, StringComparison.Ordinal);
        var roles = await host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Members.Select(m => m.Roles).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(MemberRoles.Contributor, roles);
    }

    [Fact]
    public async Task ShouldOnlyEnsureTheRoleWhenTheAccountExistsWithTheOperatorsEmail()
    {
        await using var host = await ForumTestHost.StartAsync();
        await host.MemberAsync("root.admin");

        await host.InScopeAsync(async services =>
        {
            var bootstrapper = ActivatorUtilities.CreateInstance<AdminBootstrapper>(services, Microsoft.Extensions.Options.Options.Create(new AdminOptions
            {
                UserName = "root.admin",
                Email = "Root.Admin@example.org",
                Password = "a different password",
            }));
            await bootstrapper.EnsureAdminAsync(TestContext.Current.CancellationToken);
            return true;
        });

        var (roles, oldPasswordWorks) = await host.InScopeAsync(async services =>
        {
            var member = await services.GetRequiredService<ForumDbContext>().Members.SingleAsync(TestContext.Current.CancellationToken);
            var users = services.GetRequiredService<UserManager<ForumUser>>();
            return (member.Roles, await users.CheckPasswordAsync((await users.FindByNameAsync("root.admin"))!, ForumTestHost.Password));
        });
        Assert.True(roles.HasFlag(MemberRoles.Admin));
        Assert.True(oldPasswordWorks);
    }

    [Fact]
    public async Task ShouldRefuseToStartWhenTheConfiguredPasswordIsTooWeak()
    {
        var weak = new Dictionary<string, string?>(AdminSettings) { ["Forum:Admin:Password"] = "short" };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ForumTestHost.StartAsync(weak));

        Assert.Contains("password", error.Message, StringComparison.Ordinal);
    }
}
