using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace MipForum.Infrastructure.Identity;

/// <summary>
/// Identity asks this before every sign-in. Demo accounts have a published password, so they may sign in
/// only while Forum:SeedDemo is on; every other account is always allowed (email confirmation is not used).
/// </summary>
public sealed class DemoAccountConfirmation(IConfiguration configuration) : IUserConfirmation<ForumUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<ForumUser> manager, ForumUser user) =>
        Task.FromResult(!user.IsDemo || configuration.GetValue("Forum:SeedDemo", defaultValue: true));
}
