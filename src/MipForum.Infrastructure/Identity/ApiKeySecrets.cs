using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Identity;

/// <summary>
/// Personal API key secrets: 32 random bytes (base64url), stored as their SHA-256 (a key is random and long, so a fast
/// hash is enough: no guessing can find it, unlike a password); the credential fingerprint is the SHA-256 of the
/// member's current password hash, so changing the password changes it.
/// </summary>
public sealed class ApiKeySecrets(ForumDbContext db) : IApiKeySecrets
{
    public const string TokenPrefix = "mfk_";

    public (string Secret, string Hash) NewSecret()
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (secret, HashOf(secret));
    }

    public async Task<string> CredentialFingerprintAsync(int memberId, CancellationToken cancellationToken) =>
        FingerprintOf(await db.Users.AsNoTracking().Where(u => u.Id == memberId).Select(u => u.PasswordHash).SingleOrDefaultAsync(cancellationToken));

    public string TokenOf(int keyId, string secret) => $"{TokenPrefix}{keyId.ToString(CultureInfo.InvariantCulture)}_{secret}";

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string FingerprintOf(string? passwordHash) => HashOf("password:" + (passwordHash ?? string.Empty));

    /// <summary>Splits a bearer token into the key's id and secret; false when it is not a key's token.</summary>
    public static bool TryParse(string token, out int keyId, out string secret)
    {
        keyId = 0;
        secret = string.Empty;
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var separator = token.IndexOf('_', TokenPrefix.Length);
        if (separator < 0 || !int.TryParse(token.AsSpan(TokenPrefix.Length, separator - TokenPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out keyId))
        {
            return false;
        }

        secret = token[(separator + 1)..];
        return secret.Length > 0;
    }
}
