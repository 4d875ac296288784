using System.Reflection;
using System.Runtime.CompilerServices;
using MipForum.Domain.Members;

namespace MipForum.Domain.Tests.Common;

/// <summary>Entities keep every time in UTC, whatever offset they were given (PostgreSQL's timestamptz takes UTC only).</summary>
public sealed class UtcTimesTests
{
    private static readonly DateTimeOffset InTokyo = new(2026, 11, 26, 21, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void ShouldKeepATimeGivenWithAnOffsetAsTheSameInstantInUtc()
    {
        var member = new Member("sato-k", "Sato", InTokyo);
        var moderator = new Member("lena.v", "Lena", InTokyo);
        moderator.GrantAtSetup(MemberRoles.Moderator);
        member.Sanction(suspend: false, InTokyo.AddDays(3), "Cooling off", moderator, InTokyo);

        Assert.Equal(TimeSpan.Zero, member.JoinedAt.Offset);
        Assert.Equal(new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc), member.JoinedAt.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, member.SilencedUntil!.Value.Offset);
        Assert.Equal(InTokyo.AddDays(3), member.SilencedUntil);
    }

    /// <summary>
    /// Every stored time of every domain type, not only the member's: each settable <see cref="DateTimeOffset"/> property
    /// (records aside) is given a Tokyo time through its own setter and must hand back the same instant at offset zero. A new entity whose
    /// time skips the normalising setter fails here by name.
    /// </summary>
    [Fact]
    public void ShouldNormaliseEveryStoredTimeOfEveryDomainTypeToUtc()
    {
        var times = typeof(Member).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && !t.IsDefined(typeof(CompilerGeneratedAttribute)) && !IsRecord(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(p => (p.PropertyType == typeof(DateTimeOffset) || p.PropertyType == typeof(DateTimeOffset?)) && p.SetMethod is not null && p.GetMethod is not null)
                .Select(p => (Type: t, Property: p)))
            .ToList();

        var notUtc = times
            .Where(time =>
            {
                var instance = RuntimeHelpers.GetUninitializedObject(time.Type);
                time.Property.SetValue(instance, InTokyo);
                var stored = (DateTimeOffset?)time.Property.GetValue(instance);
                return stored != InTokyo || stored.Value.Offset != TimeSpan.Zero;
            })
            .Select(time => $"{time.Type.Name}.{time.Property.Name}")
            .ToList();

        Assert.True(times.Count >= 20, $"Only {times.Count} stored times found: the reflection no longer sees the entities.");
        Assert.Empty(notUtc);
    }

    // Records (a poll's definition, a proposal's timing) are values handed in or worked out from an entity's stored
    // times, never stored themselves: the entity that keeps their times normalises them.
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;
}
