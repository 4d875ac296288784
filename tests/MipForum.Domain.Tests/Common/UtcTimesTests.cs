using MipForum.Domain.Members;

namespace MipForum.Domain.Tests.Common;

/// <summary>Entities keep every time in UTC, whatever offset they were given (PostgreSQL's timestamptz takes UTC only).</summary>
public sealed class UtcTimesTests
{
    [Fact]
    public void ShouldKeepATimeGivenWithAnOffsetAsTheSameInstantInUtc()
    {
        var inTokyo = new DateTimeOffset(2026, 11, 26, 21, 0, 0, TimeSpan.FromHours(9));

        var member = new Member("sato-k", "Sato", inTokyo);
        var moderator = new Member("lena.v", "Lena", inTokyo);
        moderator.GrantAtSetup(MemberRoles.Moderator);
        member.Sanction(suspend: false, inTokyo.AddDays(3), "Cooling off", moderator, inTokyo);

        Assert.Equal(TimeSpan.Zero, member.JoinedAt.Offset);
        Assert.Equal(new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc), member.JoinedAt.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, member.SilencedUntil!.Value.Offset);
        Assert.Equal(inTokyo.AddDays(3), member.SilencedUntil);
    }
}
