using Microsoft.AspNetCore.Identity;
using MipForum.Domain.Members;

namespace MipForum.Infrastructure.Identity;

/// <summary>
/// Identity normalizes user names with the domain's rule, so AspNetUsers.NormalizedUserName and
/// Members.NormalizedUserName can never disagree about which names are the same.
/// </summary>
internal sealed class ForumLookupNormalizer : ILookupNormalizer
{
    public string? NormalizeName(string? name) => name is null ? null : UserNameRules.Normalize(name);

    public string? NormalizeEmail(string? email) => email?.Normalize().ToUpperInvariant();
}
