using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Accounts;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Identity;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Application.Tests.Features.Accounts;

public sealed class RegisterMemberTests
{
    private static Task<int> CountMembersAsync(ForumTestHost host) =>
        host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Members.CountAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task ShouldStoreContributorWithHashedPasswordWhenRegistering()
    {
        await using var host = await ForumTestHost.StartAsync();

        var registered = await host.SendAsync(new RegisterMemberCommand("Amelie.R", "amelie@example.org", "a long enough password"));

        var (member, user) = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ForumDbContext>();
            return (await db.Members.SingleAsync(TestContext.Current.CancellationToken), await db.Users.SingleAsync(TestContext.Current.CancellationToken));
        });
        Assert.Equal("Amelie.R", registered.UserName);
        Assert.Equal(registered.MemberId, member.Id);
        Assert.Equal(member.Id, user.Id);
        Assert.Equal(MemberRoles.Contributor, member.Roles);
        Assert.Equal(host.Time.Now, member.JoinedAt);
        Assert.Equal("amelie@example.org", user.Email);
        Assert.False(user.IsDemo);
        Assert.DoesNotContain("a long enough password", user.PasswordHash, StringComparison.Ordinal);
        var verified = await host.InScopeAsync(services => services.GetRequiredService<UserManager<ForumUser>>().CheckPasswordAsync(user, "a long enough password"));
        Assert.True(verified);
    }

    [Theory]
    [InlineData("ab", "userName")]
    [InlineData("name\u0000with\u0007controls", "userName")]
    [InlineData("аdmin", "userName")] // Cyrillic "а": a look-alike of "admin"
    [InlineData("ｇovalpha", "userName")] // full-width letter
    [InlineData("robert'); DROP TABLE Members;--", "userName")]
    [InlineData("<script>alert(1)</script>", "userName")]
    [InlineData("a_user_name_that_is_way_too_long", "userName")]
    [InlineData("with space", "userName")]
    public async Task ShouldRejectAndStoreNothingWhenUserNameIsUnfit(string userName, string field)
    {
        await using var host = await ForumTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new RegisterMemberCommand(userName, "someone@example.org", "a long enough password")));

        Assert.Equal([field], error.Errors.Keys);
        Assert.Equal(0, await CountMembersAsync(host));
    }

    [Theory]
    [InlineData("not-an-email", "a long enough password", "email")]
    [InlineData("spaced out@example.org", "a long enough password", "email")]
    [InlineData("someone@example.org", "short", "password")]
    [InlineData("someone@example.org", "", "password")]
    public async Task ShouldRejectWhenEmailOrPasswordIsUnfit(string email, string password, string field)
    {
        await using var host = await ForumTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new RegisterMemberCommand("someone", email, password)));

        Assert.Contains(field, error.Errors.Keys);
        Assert.Equal(0, await CountMembersAsync(host));
    }

    [Fact]
    public async Task ShouldRejectOversizedFieldsWhenRegistering()
    {
        await using var host = await ForumTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(new RegisterMemberCommand(new string('a', 10_000), new string('e', 10_000) + "@example.org", new string('p', 10_000))));

        Assert.Equal(["email", "password", "userName"], error.Errors.Keys.Order());
        Assert.Equal(0, await CountMembersAsync(host));
    }

    [Fact]
    public async Task ShouldRejectWhenUserNameIsTakenInAnyLetterCase()
    {
        await using var host = await ForumTestHost.StartAsync();
        await host.SendAsync(new RegisterMemberCommand("sato-k", "sato@example.org", "a long enough password"));

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new RegisterMemberCommand("SATO-K", "other@example.org", "a long enough password")));

        Assert.Equal("That user name is taken.", Assert.Single(error.Errors["userName"]));
        Assert.Equal(1, await CountMembersAsync(host));
    }

    [Fact]
    public async Task ShouldRejectWhenEmailIsAlreadyRegistered()
    {
        await using var host = await ForumTestHost.StartAsync();
        await host.SendAsync(new RegisterMemberCommand("sato-k", "sato@example.org", "a long enough password"));

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new RegisterMemberCommand("another", "SATO@example.org", "a long enough password")));

        Assert.Contains("email", error.Errors.Keys);
        Assert.Equal(1, await CountMembersAsync(host));
    }

    [Fact]
    public async Task ShouldRollBackMemberWhenIdentityRefusesThePassword()
    {
        // Identity also wants 4 distinct characters; the command's validator only checks length.
        await using var host = await ForumTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new RegisterMemberCommand("someone", "someone@example.org", "aaaaaaaaaaaa")));

        Assert.Contains("password", error.Errors.Keys);
        Assert.Equal(0, await CountMembersAsync(host));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("Administrator")]
    [InlineData("MOD")]
    [InlineData("mips.import")]
    [InlineData("MipForum")]
    [InlineData("mips-import")]
    [InlineData("Admin_")]
    [InlineData("adm1n")]
    [InlineData("m0d")]
    public async Task ShouldRefuseReservedUserNamesWhateverTheirCase(string userName)
    {
        await using var host = await ForumTestHost.StartAsync();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new RegisterMemberCommand(userName, "someone@example.org", "a long enough password")));

        Assert.Equal($"'{userName}' is reserved: choose another user name.", Assert.Single(refused.Errors["userName"]));
        Assert.Equal(0, await CountMembersAsync(host));
    }

    [Fact]
    public async Task ShouldReserveTheConfiguredNamesWhenTheOperatorSetsThem()
    {
        await using var host = await ForumTestHost.StartAsync(new Dictionary<string, string?> { ["Forum:Accounts:ReservedUserNames"] = "treasury, council" });

        await host.SendAsync(new RegisterMemberCommand("admin", "admin@example.org", "a long enough password"));
        await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new RegisterMemberCommand("Council", "council@example.org", "a long enough password")));

        Assert.Equal(1, await CountMembersAsync(host));
    }

    [Theory]
    [InlineData("lena.v", "Iena.v")] // capital I
    [InlineData("lena.v", "1ena.v")]
    [InlineData("lena.v", "lena_v")]
    [InlineData("lena.v", "LENA-V")]
    [InlineData("lena.v", "lenav")]
    [InlineData("root.admin", "root_admin")]
    [InlineData("root.admin", "r00t.admin")]
    public async Task ShouldRefuseALookAlikeOfAnExistingMemberWhenRegistering(string existing, string lookAlike)
    {
        await using var host = await ForumTestHost.StartAsync();
        await host.SendAsync(new RegisterMemberCommand(existing, "first@example.org", "a long enough password"));

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(new RegisterMemberCommand(lookAlike, "second@example.org", "a long enough password")));

        Assert.Equal($"'{lookAlike}' looks too much like @{existing}, who is already a member: choose a user name nobody could mistake for theirs.", Assert.Single(refused.Errors["userName"]));
        Assert.Equal(1, await CountMembersAsync(host));
    }

    [Fact]
    public async Task ShouldStoreTheNamesSkeletonWhenRegistering()
    {
        await using var host = await ForumTestHost.StartAsync();

        await host.SendAsync(new RegisterMemberCommand("Lena_V1", "lena@example.org", "a long enough password"));

        var skeleton = await host.InScopeAsync(services => services.GetRequiredService<ForumDbContext>().Members.Select(m => m.UserNameSkeleton).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal("lenavl", skeleton);
    }
}
