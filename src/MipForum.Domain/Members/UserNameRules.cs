using System.Text.RegularExpressions;
using MipForum.Domain.Common;

namespace MipForum.Domain.Members;

/// <summary>User names are 3–20 letters, digits, '_', '-' or '.', so that @mentions can find them in text.</summary>
public static partial class UserNameRules
{
    public const int MinLength = 3;
    public const int MaxLength = 20;

    public static bool IsValid(string? userName) =>
        userName is not null && Pattern().IsMatch(userName);

    public static string Validate(string userName) =>
        IsValid(userName)
            ? userName
            : throw new DomainRuleException($"'{userName}' is not a valid user name: use {MinLength}–{MaxLength} letters, digits, '_', '-' or '.'.");

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{3,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
