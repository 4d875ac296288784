using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MipForum.Web.Security;

/// <summary>
/// Slows password guessing without locking anyone out. Failures are counted per (name, address) and per address, for
/// names that exist and names that do not alike, so the answers never tell which accounts exist. Once the free failures
/// are used up, every attempt for that key must wait a delay that doubles with each further failure (up to a cap); the
/// owner signing in from another address is not slowed by a guesser's failures.
/// </summary>
/// <remarks>
/// In memory, per node: a restart forgets the counts and several nodes each count their own. Both only make the guesser
/// slightly faster; scale-out can move the counts to a shared cache.
/// </remarks>
internal sealed class SignInThrottle(IOptions<AuthOptions> options, TimeProvider time)
{
    // Keys that stop mattering are dropped on the next sweep, so guessing many names cannot grow memory without bound.
    private const int SweepEvery = 1_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private int _recorded;

    /// <summary>How long this name from this address must still wait before its next attempt; zero when it may try now.</summary>
    public TimeSpan WaitBeforeNextAttempt(string name, string address)
    {
        var now = time.GetUtcNow();
        return Max(WaitFor(PairKey(name, address), options.Value.FreeFailedSignIns, now), WaitFor(AddressKey(address), options.Value.FreeFailedSignInsPerAddress, now));
    }

    public void RecordFailure(string name, string address)
    {
        var now = time.GetUtcNow();
        foreach (var key in new[] { PairKey(name, address), AddressKey(address) })
        {
            _failures.AddOrUpdate(key, _ => new Failures(1, now), (_, seen) => IsForgotten(seen, now) ? new Failures(1, now) : new Failures(seen.Count + 1, now));
        }

        if (Interlocked.Increment(ref _recorded) % SweepEvery == 0)
        {
            Sweep(now);
        }
    }

    /// <summary>The right password from this address clears that name's count there; the address's own count stays.</summary>
    public void RecordSuccess(string name, string address) => _failures.TryRemove(PairKey(name, address), out _);

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
        foreach (var (key, seen) in _failures)
        {
            if (IsForgotten(seen, now))
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    // Names are compared as Identity compares them (case-insensitively), so "Admin" and "admin" share a count.
    private static string PairKey(string name, string address) => $"name:{name.Trim().ToUpperInvariant()}|{address}";

    private static string AddressKey(string address) => $"address:{address}";

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed record Failures(int Count, DateTimeOffset Last);
}
