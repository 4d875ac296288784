using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Tests.Members;

/// <summary>A silence or suspension ends in the future and within <see cref="Member.LongestSanction"/>: the rule is the member's, not a page's clamp.</summary>
public sealed class SanctionLengthTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static (Member Member, Member Moderator) Arrange()
    {
        var moderator = new Member("lena.v", "Lena", Now);
        moderator.GrantAtSetup(MemberRoles.Moderator);
        return (new Member("sato-k", "Sato", Now), moderator);
    }

    [Fact]
    public void ShouldSilenceForTheLongestLengthAllowed()
    {
        var (member, moderator) = Arrange();

        member.Sanction(suspend: false, Now + Member.LongestSanction, "Repeated abuse", moderator, Now);

        Assert.Equal(Now + Member.LongestSanction, member.SilencedUntil);
    }

    [Fact]
    public void ShouldRefuseASanctionLongerThanTheLongestAndChangeNothing()
    {
        var (member, moderator) = Arrange();

        var refusal = Assert.Throws<DomainRuleException>(() => member.Sanction(suspend: true, Now + Member.LongestSanction + TimeSpan.FromDays(1), "Forever", moderator, Now));

        Assert.Equal("A silence or suspension lasts at most 3650 days.", refusal.Message);
        Assert.Null(member.SuspendedUntil);
    }

    [Fact]
    public void ShouldRefuseASanctionThatEndsNow()
    {
        var (member, moderator) = Arrange();

        Assert.Throws<DomainRuleException>(() => member.Sanction(suspend: false, Now, "Cooling off", moderator, Now));
        Assert.Null(member.SilencedUntil);
    }
}
