namespace MipForum.Infrastructure.Identity;

/// <summary>The bootstrap admin, from <c>Forum:Admin</c> (env Forum__Admin__UserName, __Email, __Password). Never in the repo.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Forum:Admin";

    public string? UserName { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    /// <summary>Some keys set, not all.</summary>
    public bool IsPartial => !IsConfigured && !(string.IsNullOrWhiteSpace(UserName) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Password));

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(UserName) && !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrWhiteSpace(Password);
}
