using MipForum.Domain.Common;

namespace MipForum.Domain.Members;

/// <summary>What a personal API key may do: read as its owner, or read and write as its owner.</summary>
public enum ApiKeyScope
{
    Read = 0,
    ReadWrite = 1,
}

/// <summary>
/// A member's personal API key for a bot: named, scoped, stored only as a hash of its secret (the secret is shown once,
/// when it is made). It acts as its owner, with the owner's current roles and sanctions, and stops working when it is
/// revoked or when the owner's password changes (<see cref="CredentialFingerprint"/> no longer matches).
/// </summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 60;
    public const int MaxActivePerMember = 10;

    private ApiKey()
    {
        Name = string.Empty;
        SecretHash = string.Empty;
        CredentialFingerprint = string.Empty;
    }

    private ApiKey(Member owner, string name, ApiKeyScope scope, string secretHash, string credentialFingerprint, DateTimeOffset now)
    {
        Owner = owner;
        Name = name;
        Scope = scope;
        SecretHash = secretHash;
        CredentialFingerprint = credentialFingerprint;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public int OwnerId { get; private set; }

    public Member Owner { get; private set; } = null!;

    public string Name { get; private set; }

    public ApiKeyScope Scope { get; private set; }

    /// <summary>SHA-256 of the secret, hex: the secret itself is never stored.</summary>
    public string SecretHash { get; private set; }

    /// <summary>A hash of the owner's password hash when the key was made: a password change ends every key.</summary>
    public string CredentialFingerprint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set => field = value.ToUniversalTime(); }

    public DateTimeOffset? LastUsedAt { get; private set => field = value?.ToUniversalTime(); }

    public DateTimeOffset? RevokedAt { get; private set => field = value?.ToUniversalTime(); }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Makes a key; <paramref name="activeKeys"/> is how many unrevoked keys the owner has now.</summary>
    public static ApiKey Create(Member owner, string name, ApiKeyScope scope, string secretHash, string credentialFingerprint, int activeKeys, DateTimeOffset now)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (!VisibleText.HasVisibleCharacter(trimmed) || trimmed.Length > NameMaxLength)
        {
            throw new DomainRuleException($"Name the key (1–{NameMaxLength} characters), so you know later which bot uses it.");
        }

        if (activeKeys >= MaxActivePerMember)
        {
            throw new DomainRuleException($"You have {MaxActivePerMember} keys already: revoke one you no longer use first.");
        }

        return new ApiKey(owner, trimmed, scope, secretHash, credentialFingerprint, now);
    }

    /// <summary>Only its owner revokes a key, once.</summary>
    public void Revoke(Member by, DateTimeOffset now)
    {
        if (by.Id != OwnerId)
        {
            throw new NotPermittedException("Only the key's owner can revoke it.");
        }

        if (IsRevoked)
        {
            throw new DomainRuleException("This key is already revoked.");
        }

        RevokedAt = now;
    }
}
