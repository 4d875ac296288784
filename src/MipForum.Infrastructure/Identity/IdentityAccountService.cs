using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Domain.Members;

namespace MipForum.Infrastructure.Identity;

public sealed class IdentityAccountService(UserManager<ForumUser> users) : IAccountService
{
    public async Task<IReadOnlyDictionary<string, string[]>> CreateCredentialsAsync(Member member, string email, string password, CancellationToken cancellationToken)
    {
        var user = new ForumUser { Id = member.Id, UserName = member.UserName, Email = email };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded
            ? new Dictionary<string, string[]>()
            : result.Errors.GroupBy(e => FieldOf(e.Code)).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
    }

    public async Task<IReadOnlyDictionary<string, string[]>> ChangePasswordAsync(int memberId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidOperationException($"Member {memberId} has no credentials.");
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        return result.Succeeded
            ? new Dictionary<string, string[]>()
            : result.Errors.GroupBy(e => e.Code == "PasswordMismatch" ? "currentPassword" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Code == "PasswordMismatch" ? "That is not your current password." : e.Description).ToArray());
    }

    public async Task<bool> IsEmailInUseAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email.Trim()) is not null;

    public async Task<string?> GetEmailAsync(int memberId, CancellationToken cancellationToken) =>
        await users.Users.Where(u => u.Id == memberId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);

    public async Task EndSessionsAsync(int memberId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
    }

    // Identity's error codes name the field they are about ("DuplicateEmail", "PasswordTooShort").
    private static string FieldOf(string code) =>
        code.Contains("Email", StringComparison.Ordinal) ? "email"
        : code.Contains("UserName", StringComparison.Ordinal) ? "userName"
        : "password";
}
