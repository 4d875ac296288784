using Microsoft.Extensions.Options;

namespace MipForum.Web.Security;

/// <summary>
/// Slows password guessing without locking anyone out. Failures are counted per (account, address) and per address,
/// for accounts that exist and names that do not alike, so the answers never tell which accounts exist. Once the free
/// failures are used up, every attempt for that key must wait a delay that doubles with each further failure (up to a
/// cap); the owner signing in from another address is not slowed by a guesser's failures.
/// </summary>
/// <remarks>
/// An attempt is counted as a failure when it starts and forgiven when the password turns out right, under one lock, so
/// 50 parallel guesses cannot all pass the check before the first failure is written down. In memory, per node: a
/// restart forgets the counts and several nodes each count their own (ADR 0014).
/// </remarks>
internal sealed class SignInThrottle(IOptions<AuthOptions> options, TimeProvider time)
{
    // Keys that stop mattering are dropped on a sweep, so guessing many names cannot grow memory without bound.
    private const int SweepEvery = 1_000;

    private readonly Dictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _started;

    /// <summary>
    /// Starts an attempt for <paramref name="account"/> (a member id, or the name as typed when no account has it) from
    /// <paramref name="address"/>: zero when it may go ahead (and it is counted as failed until <see cref="Forgive"/>),
    /// otherwise how long it must still wait.
    /// </summary>
    public TimeSpan TryStart(string account, string address)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var pair = PairKey(account, address);
        var place = AddressKey(address);
        lock (_lock)
        {
            var wait = Max(WaitFor(pair, settings.FreeFailedSignIns, now), WaitFor(place, settings.FreeFailedSignInsPerAddress, now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            Count(pair, now);
            Count(place, now);
            if (++_started % SweepEvery == 0)
            {
                Sweep(now);
            }

            return TimeSpan.Zero;
        }
    }

    /// <summary>The password was right: that account's count from this address is cleared, and this attempt leaves the address's count.</summary>
    public void Forgive(string account, string address)
    {
        lock (_lock)
        {
            _failures.Remove(PairKey(account, address));
            if (_failures.TryGetValue(AddressKey(address), out var seen))
            {
                _failures[AddressKey(address)] = seen with { Count = Math.Max(0, seen.Count - 1) };
            }
        }
    }

    private void Count(string key, DateTimeOffset now) =>
        _failures[key] = _failures.TryGetValue(key, out var seen) && !IsForgotten(seen, now) ? new Failures(seen.Count + 1, now) : new Failures(1, now);

    private TimeSpan WaitFor(string key, int free, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var seen) || IsForgotten(seen, now) || seen.Count < free)
        {
            return TimeSpan.Zero;
        }

        var settings = options.Value;
        var doublings = Math.Min(seen.Count - free, 30);
        var delay = TimeSpan.FromSeconds(Math.Min(settings.MaxFailedSignInDelaySeconds, settings.FailedSignInDelaySeconds * Math.Pow(2, doublings)));
        var wait = seen.Last + delay - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private bool IsForgotten(Failures seen, DateTimeOffset now) =>
        now - seen.Last >= TimeSpan.FromMinutes(options.Value.ForgetFailedSignInsAfterMinutes);

    private void Sweep(DateTimeOffset now)
    {
        foreach (var key in _failures.Where(e => IsForgotten(e.Value, now)).Select(e => e.Key).ToList())
        {
            _failures.Remove(key);
        }
    }

    private static string PairKey(string account, string address) => $"account:{account}|{address}";

    private static string AddressKey(string address) => $"address:{address}";

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed record Failures(int Count, DateTimeOffset Last);
}
