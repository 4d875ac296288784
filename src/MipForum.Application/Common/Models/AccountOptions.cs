namespace MipForum.Application.Common.Models;

/// <summary>Account rules bound from <c>Forum:Accounts</c>; Identity's options are set from the same values.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Forum:Accounts";

    public int PasswordMinLength { get; set; } = 10;

    public int PasswordMaxLength { get; set; } = 128;

    /// <summary>Failed sign-ins before the account is locked.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;
}
