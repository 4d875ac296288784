namespace MipForum.Application.Common.Interfaces;

/// <summary>
/// What personal API keys need from the host's security: a new random secret with the hash that is stored in its place,
/// and a fingerprint of the member's current password, which a key must still match to work.
/// </summary>
public interface IApiKeySecrets
{
    (string Secret, string Hash) NewSecret();

    Task<string> CredentialFingerprintAsync(int memberId, CancellationToken cancellationToken);

    /// <summary>The bearer token a bot sends: the key's id and its secret, <c>mfk_{id}_{secret}</c>.</summary>
    string TokenOf(int keyId, string secret);
}
