using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Members;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Members;

public sealed class ChangeMemberRolesTests
{
    private static Task<MemberRoles> RolesOfAsync(ForumTestHost host, string userName) =>
        host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Members
            .Where(m => m.UserName == userName).Select(m => m.Roles).SingleAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task ShouldStoreRolesAndRecordTheChangeWhenAnAdminChangesThem()
    {
        await using var host = await ForumTestHost.StartAsync();
        var admin = await host.MemberAsync("admin", MemberRoles.Admin);
        await host.MemberAsync("tkdev");

        var roles = await host.SendAsync(new ChangeMemberRolesCommand("TKDEV", ["moderator", "Facilitator"]), asMember: admin);

        Assert.Equal(["Contributor", "Facilitator", "Moderator"], roles);
        Assert.Equal(MemberRoles.Contributor | MemberRoles.Facilitator | MemberRoles.Moderator, await RolesOfAsync(host, "tkdev"));
        var log = await host.SendAsync(new ListRoleChangesQuery(), asMember: admin);
        var change = Assert.Single(log.Items);
        Assert.Equal("tkdev", change.UserName);
        Assert.Equal("admin", change.ChangedBy);
        Assert.Equal(["Contributor"], change.OldRoles);
        Assert.Equal(["Contributor", "Facilitator", "Moderator"], change.NewRoles);
        Assert.Equal(host.Time.Now, change.ChangedAt);
        var publicLog = await host.SendAsync(new MipForum.Application.Features.Moderation.GetModerationLogQuery());
        var entry = Assert.Single(publicLog.Items);
        Assert.Equal((Domain.Moderation.ModerationAction.ChangeRoles, "@tkdev", "Roles Contributor → Contributor, Facilitator, Moderator."), (entry.Action, entry.Target, entry.Reason));
    }

    [Fact]
    public async Task ShouldRejectWhenARoleIsUnknown()
    {
        await using var host = await ForumTestHost.StartAsync();
        var admin = await host.MemberAsync("admin", MemberRoles.Admin);
        await host.MemberAsync("tkdev");

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new ChangeMemberRolesCommand("tkdev", ["Moderator", "Owner"]), asMember: admin));

        Assert.Contains("Owner", Assert.Single(error.Errors["roles"]), StringComparison.Ordinal);
        Assert.Equal(MemberRoles.Contributor, await RolesOfAsync(host, "tkdev"));
    }

    [Theory]
    [InlineData(MemberRoles.Contributor)]
    [InlineData(MemberRoles.Facilitator)]
    [InlineData(MemberRoles.Moderator)]
    public async Task ShouldRefuseWhenCallerIsNotAnAdmin(MemberRoles callerRoles)
    {
        await using var host = await ForumTestHost.StartAsync();
        var caller = await host.MemberAsync("caller", callerRoles);
        await host.MemberAsync("tkdev");

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new ChangeMemberRolesCommand("tkdev", ["Admin"]), asMember: caller));

        Assert.Equal(MemberRoles.Contributor, await RolesOfAsync(host, "tkdev"));
    }

    [Fact]
    public async Task ShouldRefuseBeforeValidationWhenNobodyIsSignedIn()
    {
        await using var host = await ForumTestHost.StartAsync();

        // Even a malformed command is refused for being anonymous first: authorization runs before validation.
        await Assert.ThrowsAsync<NotSignedInException>(() => host.SendAsync(new ChangeMemberRolesCommand("not a name!", ["Owner"])));
    }

    [Fact]
    public async Task ShouldRefuseWhenAdminDemotesThemselves()
    {
        await using var host = await ForumTestHost.StartAsync();
        var admin = await host.MemberAsync("admin", MemberRoles.Admin);
        await host.MemberAsync("second", MemberRoles.Admin);

        await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new ChangeMemberRolesCommand("admin", ["Moderator"]), asMember: admin));

        Assert.True((await RolesOfAsync(host, "admin")).HasFlag(MemberRoles.Admin));
    }

    [Fact]
    public async Task ShouldLetAnotherAdminDemoteWhenMoreThanOneAdminRemains()
    {
        await using var host = await ForumTestHost.StartAsync();
        var admin = await host.MemberAsync("admin", MemberRoles.Admin);
        await host.MemberAsync("second", MemberRoles.Admin);

        await host.SendAsync(new ChangeMemberRolesCommand("second", []), asMember: admin);

        Assert.Equal(MemberRoles.Contributor, await RolesOfAsync(host, "second"));
    }

    [Fact]
    public async Task ShouldAnswerNotFoundWhenMemberDoesNotExist()
    {
        await using var host = await ForumTestHost.StartAsync();
        var admin = await host.MemberAsync("admin", MemberRoles.Admin);

        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(new ChangeMemberRolesCommand("nobody", ["Moderator"]), asMember: admin));
    }

    [Fact]
    public async Task ShouldTakeEffectAtOnceWhenAdminIsDemoted()
    {
        await using var host = await ForumTestHost.StartAsync();
        var admin = await host.MemberAsync("admin", MemberRoles.Admin);
        var second = await host.MemberAsync("second", MemberRoles.Admin);
        await host.SendAsync(new SearchMembersQuery(null), asMember: second);

        await host.SendAsync(new ChangeMemberRolesCommand("second", ["Moderator"]), asMember: admin);

        // Roles are read from the database on every message: the old session cannot keep admin powers.
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new SearchMembersQuery(null), asMember: second));
    }

    [Fact]
    public async Task ShouldKeepAnAdminWhenTwoAdminsDemoteEachOtherAtOnce()
    {
        await using var host = await ForumTestHost.StartAsync();
        var first = await host.MemberAsync("first", MemberRoles.Admin);
        var second = await host.MemberAsync("second", MemberRoles.Admin);

        var outcomes = await Task.WhenAll(
            Task.Run(async () => await Record.ExceptionAsync(() => host.SendAsync(new ChangeMemberRolesCommand("second", []), asMember: first))),
            Task.Run(async () => await Record.ExceptionAsync(() => host.SendAsync(new ChangeMemberRolesCommand("first", []), asMember: second))));

        // One demotion lands; the other is refused, whichever ran second (its caller is no longer an admin).
        Assert.Single(outcomes, outcome => outcome is null);
        Assert.Single(outcomes, outcome => outcome is NotPermittedException or ForbiddenException or DomainRuleException);
        var admins = await host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Members
            .CountAsync(m => (m.Roles & MemberRoles.Admin) == MemberRoles.Admin, TestContext.Current.CancellationToken));
        Assert.Equal(1, admins);
    }
}
