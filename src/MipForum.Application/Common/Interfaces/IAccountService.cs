using MipForum.Domain.Members;

namespace MipForum.Application.Common.Interfaces;

/// <summary>Credentials (ASP.NET Core Identity) for members. The member itself, and its roles, belong to the domain.</summary>
public interface IAccountService
{
    /// <summary>Creates sign-in credentials for a member already added to the context; returns field errors, empty when created.</summary>
    Task<IReadOnlyDictionary<string, string[]>> CreateCredentialsAsync(Member member, string email, string password, CancellationToken cancellationToken);

    /// <summary>Checks the current password and sets the new one; returns field errors, empty when changed.</summary>
    Task<IReadOnlyDictionary<string, string[]>> ChangePasswordAsync(int memberId, string currentPassword, string newPassword, CancellationToken cancellationToken);

    Task<bool> IsEmailInUseAsync(string email, CancellationToken cancellationToken);

    Task<string?> GetEmailAsync(int memberId, CancellationToken cancellationToken);

    /// <summary>Ends the member's open sessions at their next check (a new security stamp); a member without credentials has none.</summary>
    Task EndSessionsAsync(int memberId, CancellationToken cancellationToken);
}
