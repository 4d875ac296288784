using System.Security.Cryptography;

namespace MipForum.Infrastructure.Identity;

/// <summary>
/// Random secrets that belong to one deployment and outlive restarts, kept beside its Data Protection keys
/// (<c>&lt;database&gt;-keys/&lt;name&gt;.secret</c>). A database in memory has no folder: its secrets live as long as the process.
/// </summary>
public sealed class DeploymentSecrets(string? folder)
{
    private readonly Lock _lock = new();

    public byte[] Get(string name)
    {
        if (folder is null)
        {
            return RandomNumberGenerator.GetBytes(32);
        }

        var path = Path.Combine(folder, name + ".secret");
        lock (_lock)
        {
            var kept = File.Exists(path) ? File.ReadAllText(path).Trim() : string.Empty;
            var buffer = new byte[64];
            if (Convert.TryFromBase64String(kept, buffer, out var length) && length >= 32)
            {
                return buffer[..length];
            }

            Directory.CreateDirectory(folder);
            var secret = RandomNumberGenerator.GetBytes(32);
            File.WriteAllText(path, Convert.ToBase64String(secret));
            return secret;
        }
    }
}
