using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Identity;

/// <summary>
/// Identity asks this before every sign-in. Demo accounts have a published password, so they may sign in only while
/// Forum:SeedDemo is on; a member a moderator suspended may not sign in until the suspension ends (email
/// confirmation is not used).
/// </summary>
public sealed class DemoAccountConfirmation(IOptions<Seeding.DemoSettings> demo, ForumDbContext db, TimeProvider time) : IUserConfirmation<ForumUser>
{
    public async Task<bool> IsConfirmedAsync(UserManager<ForumUser> manager, ForumUser user)
    {
        if (user.IsDemo && !demo.Value.SeedDemo)
        {
            return false;
        }

        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == user.Id);
        return member is null || !member.IsSuspended(time.GetUtcNow());
    }
}
