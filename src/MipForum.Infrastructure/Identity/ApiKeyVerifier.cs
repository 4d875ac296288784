using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MipForum.Domain.Members;
using MipForum.Infrastructure.Persistence;

namespace MipForum.Infrastructure.Identity;

/// <summary>A key that still works, with the owner it acts as.</summary>
public sealed record VerifiedApiKey(int KeyId, int MemberId, string UserName, ApiKeyScope Scope, MemberRoles Roles);

/// <summary>
/// Checks a personal API key on every request, with no cache, so it stops at once: the secret's hash (compared in
/// constant time), not revoked, the owner's password unchanged since the key was made, the owner not suspended. The
/// last-used time is written at most once a minute per key.
/// </summary>
public sealed class ApiKeyVerifier(ForumDbContext db, TimeProvider time)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<VerifiedApiKey?> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        if (!ApiKeySecrets.TryParse(token, out var keyId, out var secret))
        {
            return null;
        }

        var row = await db.ApiKeys.AsNoTracking().Where(k => k.Id == keyId)
            .Join(db.Users, k => k.OwnerId, u => u.Id, (k, u) => new { Key = k, u.PasswordHash })
            .Join(db.Members, x => x.Key.OwnerId, m => m.Id, (x, m) => new { x.Key, x.PasswordHash, m.UserName, m.Roles, m.SuspendedUntil })
            .SingleOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (row is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(ApiKeySecrets.HashOf(secret)), Encoding.ASCII.GetBytes(row.Key.SecretHash))
            || row.Key.RevokedAt is not null
            || row.Key.CredentialFingerprint != ApiKeySecrets.FingerprintOf(row.PasswordHash)
            || row.SuspendedUntil > now)
        {
            return null;
        }

        if (row.Key.LastUsedAt is not { } used || now - used >= LastUsedResolution)
        {
            await db.ApiKeys.Where(k => k.Id == keyId).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

        return new VerifiedApiKey(keyId, row.Key.OwnerId, row.UserName, row.Key.Scope, row.Roles);
    }
}
