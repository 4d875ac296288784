using Microsoft.AspNetCore.Identity;
using MipForum.Infrastructure.Identity;

namespace MipForum.Web.Security;

/// <summary>A password hash check against a throwaway hash: unknown user names cost as long as wrong passwords.</summary>
internal static class DummyPasswordCheck
{
    private static readonly Lazy<string> Hash = new(() => new PasswordHasher<ForumUser>().HashPassword(new ForumUser(), Guid.NewGuid().ToString()));

    public static void Run(UserManager<ForumUser> users, string password) =>
        users.PasswordHasher.VerifyHashedPassword(new ForumUser(), Hash.Value, password);
}
