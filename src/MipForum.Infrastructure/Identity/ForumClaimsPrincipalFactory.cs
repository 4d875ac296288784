using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Identity;

/// <summary>
/// Adds the member's roles and display name to the cookie or token, so the UI can show and hide what a role may do.
/// These claims are for display only: the authorization behaviour reads roles from the database.
/// </summary>
public sealed class ForumClaimsPrincipalFactory(UserManager<ForumUser> users, IOptions<IdentityOptions> options, ForumDbContext db)
    : UserClaimsPrincipalFactory<ForumUser>(users, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ForumUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var member = await db.Members.AsNoTracking()
            .Where(m => m.Id == user.Id)
            .Select(m => new { m.DisplayName, m.Roles })
            .SingleAsync();
        identity.AddClaim(new Claim(DisplayNameClaim, member.DisplayName));
        foreach (var role in member.Roles.Names())
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, role));
        }

        return identity;
    }
}
