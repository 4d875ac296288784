using Microsoft.AspNetCore.Identity;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Identity;

namespace MipForum.Web.Security;

/// <summary>Finds the account a sign-in names: by user name, or by email when the name contains '@'.</summary>
internal static class CredentialLookup
{
    /// <remarks>
    /// Names match only exactly, but for the case of a–z (UserNameRules.Normalize). Emails are stored normalized the
    /// Unicode way (upper case, so "ſato@…" with a long s is "SATO@…"); the account is taken only when the address typed
    /// is its address in that same exact sense, so no look-alike spelling signs in as someone.
    /// </remarks>
    public static async Task<ForumUser?> FindForSignInAsync(this UserManager<ForumUser> users, string name)
    {
        if (await users.FindByNameAsync(name) is { } byName)
        {
            return byName;
        }

        return name.Contains('@', StringComparison.Ordinal) && await users.FindByEmailAsync(name) is { Email: { } email } byEmail
            && string.Equals(UserNameRules.Normalize(email.Trim()), UserNameRules.Normalize(name.Trim()), StringComparison.Ordinal)
                ? byEmail
                : null;
    }

    /// <summary>
    /// What the sign-in throttle counts under: the member id when the name (or email) is an account's, so that "alice"
    /// and "alice@example.org" share one count; otherwise what the name looks like (UserNameRules.Skeleton: NFKC and
    /// case folded, so "no.such.\u212Aelly", with a Kelvin sign, counts with "no.such.kelly"), so that spelling one
    /// unknown name many ways buys no extra attempts.
    /// </summary>
    public static string ThrottleKey(this UserManager<ForumUser> users, ForumUser? user, string name) =>
        user is null ? $"name:{UserNameRules.Skeleton(name)}" : $"member:{user.Id}";
}
