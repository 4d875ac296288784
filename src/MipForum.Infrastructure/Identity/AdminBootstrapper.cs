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
/// (same validation as everyone) when missing, otherwise gives the role to the existing account only when its email is
/// the configured one (else the start stops with a message). An existing password is never changed.
/// </summary>
public sealed partial class AdminBootstrapper(IOptions<AdminOptions> options, ForumDbContext db, ISender sender, UserManager<ForumUser> users, CurrentUser currentUser, ILogger<AdminBootstrapper> logger)
{
    public Task EnsureAdminAsync(CancellationToken cancellationToken) =>
        options.Value.IsConfigured ? EnsureAdminAsync(options.Value, "Forum:Admin", cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// The same for an admin named on the command line (<c>create-admin</c>): <paramref name="source"/> names where the
    /// account was asked for in the messages. Returns whether the account was created (false: it existed).
    /// </summary>
    public async Task<bool> EnsureAdminAsync(AdminOptions admin, string source, CancellationToken cancellationToken)
    {
        var created = false;

        var userName = admin.UserName!.Trim();
        var member = await db.Members.SingleOrDefaultAsync(m => m.NormalizedUserName == UserNameRules.Normalize(userName), cancellationToken);
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
                throw new InvalidOperationException($"The admin ({source}) cannot be created: {problems}", invalid);
            }

            member = await db.Members.SingleAsync(m => m.NormalizedUserName == UserNameRules.Normalize(userName), cancellationToken);
            LogCreated(userName);
            created = true;
        }

        var credentials = await users.FindByIdAsync(member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidOperationException($"Member {userName} exists without credentials; it cannot be the configured admin.");
        if (credentials.IsDemo)
        {
            // A demo account's password is published in the README: it must never hold admin powers.
            throw new InvalidOperationException($"{source} user name '{userName}' is a demo account with a published password; choose another user name.");
        }

        // Anyone may register a name before the operator configures it: an existing account becomes admin only when its
        // email is the operator's (Identity's normalised form, so case does not matter).
        if (!member.IsAdmin && !string.Equals(credentials.NormalizedEmail, users.NormalizeEmail(admin.Email!.Trim()), StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{source} user name '{userName}' is an existing account whose email is not the one given; it is not made an admin. " +
                "Choose a user name nobody has, or give that account's email if it is yours.");
        }

        if (!member.IsAdmin)
        {
            member.GrantAtSetup(MemberRoles.Admin);
            await db.SaveChangesAsync(cancellationToken);
            LogPromoted(userName);
        }

        return created;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the configured admin account {UserName}.")]
    private partial void LogCreated(string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave the configured account {UserName} the Admin role.")]
    private partial void LogPromoted(string userName);
}
