using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MipForum.Domain.Polls;

/// <summary>
/// The lot that breaks a tie for elimination once first-round totals are tied too. It is drawn from the seed stored with
/// the poll, so anyone holding the downloaded ballots can recompute it: for each tied option, SHA-256 of the UTF-8 text
/// "{seed}:{round}:{optionId}", read as a big-endian unsigned 64-bit number from its first 8 bytes; the option with the
/// smallest number is eliminated (docs/polls.md).
/// </summary>
public static class TieLot
{
    /// <summary>A new seed for a new poll: 16 random bytes as 32 lower-case hex digits.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static int Draw(string seed, int round, IEnumerable<int> tiedOptionIds) =>
        tiedOptionIds.MinBy(id => Number(seed, round, id));

    public static ulong Number(string seed, int round, int optionId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{round}:{optionId}"));
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
