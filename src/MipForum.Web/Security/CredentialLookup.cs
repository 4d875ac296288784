using Microsoft.AspNetCore.Identity;
using MipForum.Infrastructure.Identity;

namespace MipForum.Web.Security;

/// <summary>
/// Finds the account a sign-in names (user name, or email when it contains '@'). When there is none it still spends
/// the time of a password check (DummyPasswordCheck), so response times do not tell which names exist.
/// </summary>
internal static class CredentialLookup
{
    public static async Task<ForumUser?> FindForSignInAsync(this UserManager<ForumUser> users, string name, string password)
    {
        var user = await users.FindByNameAsync(name) ?? (name.Contains('@', StringComparison.Ordinal) ? await users.FindByEmailAsync(name) : null);
        if (user is null)
        {
            DummyPasswordCheck.Run(users, password);
        }

        return user;
    }
}
