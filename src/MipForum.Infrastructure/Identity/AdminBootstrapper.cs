using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MipForum.Application.Common.Exceptions;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Accounts;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Identity;

/// <summary>
/// Makes sure the configured admin exists and is an Admin: registers it through the normal registration command
/// (same validation as everyone) when missing, otherwise only ensures the role. An existing password is never changed.
/// </summary>
public sealed partial class AdminBootstrapper(IOptions<AdminOptions> options, ForumDbContext db, ISender sender, UserManager<ForumUser> users, CurrentUser currentUser, ILogger<AdminBootstrapper> logger)
{
    public async Task EnsureAdminAsync(CancellationToken cancellationToken)
    {
        var admin = options.Value;
        if (!admin.IsConfigured)
        {
            return;
        }

        var userName = admin.UserName!.Trim();
        var member = await db.Members.SingleOrDefaultAsync(m => m.UserName == userName, cancellationToken);
        if (member is null)
        {
            try
            {
                // The operator's own configuration: it may name a reserved user name such as "admin".
                currentUser.SetSystem();
                await sender.Send(new RegisterMemberCommand(userName, admin.Email!, admin.Password!), cancellationToken);
            }
            catch (RequestValidationException invalid)
            {
                var problems = string.Join("; ", invalid.Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}")));
                throw new InvalidOperationException($"The configured admin (Forum:Admin) cannot be created: {problems}", invalid);
            }

            member = await db.Members.SingleAsync(m => m.UserName == userName, cancellationToken);
            LogCreated(userName);
        }

        var credentials = await users.FindByIdAsync(member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidOperationException($"Member {userName} exists without credentials; it cannot be the configured admin.");
        if (credentials.IsDemo)
        {
            // A demo account's password is published in the README: it must never hold admin powers.
            throw new InvalidOperationException($"Forum:Admin:UserName '{userName}' is a demo account with a published password; choose another user name.");
        }

        if (!member.IsAdmin)
        {
            member.GrantAtSetup(MemberRoles.Admin);
            await db.SaveChangesAsync(cancellationToken);
            LogPromoted(userName);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the configured admin account {UserName}.")]
    private partial void LogCreated(string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave the configured account {UserName} the Admin role.")]
    private partial void LogPromoted(string userName);
}
