using Microsoft.AspNetCore.Identity;
using MipForum.Infrastructure.Identity;

namespace MipForum.Web.Security;

/// <summary>Finds the account a sign-in names: by user name, or by email when the name contains '@'.</summary>
internal static class CredentialLookup
{
    public static async Task<ForumUser?> FindForSignInAsync(this UserManager<ForumUser> users, string name) =>
        await users.FindByNameAsync(name) ?? (name.Contains('@', StringComparison.Ordinal) ? await users.FindByEmailAsync(name) : null);

    /// <summary>
    /// What the sign-in throttle counts under: the member id when the name (or email) is an account's, so that "alice"
    /// and "alice@example.org" share one count; otherwise the name as Identity normalises it (NFC and upper case, so
    /// "sato-\u212A", with a Kelvin sign, is "SATO-K" as it would be for an account).
    /// </summary>
    public static string ThrottleKey(this UserManager<ForumUser> users, ForumUser? user, string name) =>
        user is null ? $"name:{users.NormalizeName(name.Trim())}" : $"member:{user.Id}";
}
