using Microsoft.AspNetCore.Identity;

namespace MipForum.Infrastructure.Identity;

/// <summary>
/// Sign-in credentials (password hash, lockout, security stamp) for a member. Its Id is the member's Id, so the
/// NameIdentifier claim is the member id everywhere. Roles are not here: they belong to the domain's Member.
/// </summary>
public sealed class ForumUser : IdentityUser<int>
{
    /// <summary>A demo account: it may sign in only while demo seeding is on.</summary>
    public bool IsDemo { get; set; }
}
