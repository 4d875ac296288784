namespace MipForum.Domain.Moderation;

/// <summary>One pending flag as burst detection sees it: when its flagger's account was created, and where it came from.</summary>
public readonly record struct FlagOrigin(DateTimeOffset FlaggerJoinedAt, string? AddressHash);

/// <summary>
/// Signs that a post's flags were coordinated (sock puppets, a brigade): the most flags from accounts created within
/// one window of each other, and the most from one address. Each is 0 unless it reaches the minimum. Moderators are
/// shown it; it decides nothing by itself.
/// </summary>
public sealed record FlagBurst(int FromAccountsCreatedTogether, int FromOneAddress)
{
    public bool IsSuspect => FromAccountsCreatedTogether > 0 || FromOneAddress > 0;

    public static FlagBurst Of(IEnumerable<FlagOrigin> flags, int minimum, TimeSpan joinWindow)
    {
        // One flag is never a burst; a smaller minimum is a setting's mistake, refused rather than clamped.
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 2);
        var origins = flags.ToList();
        var joined = origins.Select(f => f.FlaggerJoinedAt).Order().ToList();
        var together = 0;
        for (int first = 0, last = 0; last < joined.Count; last++)
        {
            while (joined[last] - joined[first] >= joinWindow)
            {
                first++;
            }

            together = Math.Max(together, last - first + 1);
        }

        var oneAddress = origins.Where(f => f.AddressHash is not null).GroupBy(f => f.AddressHash, StringComparer.Ordinal)
            .Select(g => g.Count()).DefaultIfEmpty(0).Max();
        return new FlagBurst(together >= minimum ? together : 0, oneAddress >= minimum ? oneAddress : 0);
    }
}
