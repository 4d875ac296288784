using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Accounts;
using MipForum.Application.Tests.Support;
using MipForum.Infrastructure.Identity;

namespace MipForum.Application.Tests.Features.Accounts;

public sealed class ChangePasswordTests
{
    private static Task<bool> PasswordWorksAsync(ForumTestHost host, int memberId, string password) =>
        host.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ForumUser>>();
            var user = await users.FindByIdAsync(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return await users.CheckPasswordAsync(user!, password);
        });

    [Fact]
    public async Task ShouldReplacePasswordWhenCurrentOneIsRight()
    {
        await using var host = await ForumTestHost.StartAsync();
        var me = await host.MemberAsync("amelie.r");

        await host.SendAsync(new ChangePasswordCommand(ForumTestHost.Password, "a brand new passphrase"), asMember: me);

        Assert.True(await PasswordWorksAsync(host, me, "a brand new passphrase"));
        Assert.False(await PasswordWorksAsync(host, me, ForumTestHost.Password));
    }

    [Fact]
    public async Task ShouldRejectWhenCurrentPasswordIsWrong()
    {
        await using var host = await ForumTestHost.StartAsync();
        var me = await host.MemberAsync("amelie.r");

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new ChangePasswordCommand("not my password", "a brand new passphrase"), asMember: me));

        Assert.Equal(["currentPassword"], error.Errors.Keys);
        Assert.True(await PasswordWorksAsync(host, me, ForumTestHost.Password));
    }

    [Fact]
    public async Task ShouldRejectWhenNewPasswordIsTooShort()
    {
        await using var host = await ForumTestHost.StartAsync();
        var me = await host.MemberAsync("amelie.r");

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new ChangePasswordCommand(ForumTestHost.Password, "short"), asMember: me));

        Assert.Equal(["newPassword"], error.Errors.Keys);
    }

    [Fact]
    public async Task ShouldRefuseWhenNobodyIsSignedIn()
    {
        await using var host = await ForumTestHost.StartAsync();

        await Assert.ThrowsAsync<NotSignedInException>(() => host.SendAsync(new ChangePasswordCommand(ForumTestHost.Password, "a brand new passphrase")));
    }
}
