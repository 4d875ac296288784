using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Identity;

/// <summary>
/// Adds the member's roles, display name and silence to the cookie or token, so the UI can show and hide what a role may do.
/// These claims are for display only: the authorization behaviour reads roles from the database.
/// </summary>
public sealed class ForumClaimsPrincipalFactory(UserManager<ForumUser> users, IOptions<IdentityOptions> options, ForumDbContext db)
    : UserClaimsPrincipalFactory<ForumUser>(users, options)
{
    public const string DisplayNameClaim = "display_name";

    /// <summary>When the member's silence ends (round-trip UTC), so every page can say so before they try to write.</summary>
    public const string SilencedUntilClaim = "silenced_until";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ForumUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var member = await db.Members.AsNoTracking()
            .Where(m => m.Id == user.Id)
            .Select(m => new { m.DisplayName, m.Roles, m.SilencedUntil })
            .SingleAsync();
        identity.AddClaim(new Claim(DisplayNameClaim, member.DisplayName));

        // A silence ends the member's sessions (SanctionMember), so the next sign-in carries it; it lapses by itself.
        if (member.SilencedUntil is { } until)
        {
            identity.AddClaim(new Claim(SilencedUntilClaim, until.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        }
        foreach (var role in member.Roles.Names())
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, role));
        }

        return identity;
    }
}
