using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Tests.Members;

public sealed class MemberRolesTests
{
    private static Member Admin(string name = "admin")
    {
        var admin = TestData.Member(name);
        admin.GrantAtSetup(MemberRoles.Admin);
        return admin;
    }

    [Fact]
    public void ShouldStartAsContributorWhenCreated() =>
        Assert.Equal(MemberRoles.Contributor, TestData.Member().Roles);

    [Fact]
    public void ShouldRecordWhoWhomWhenAndWhatWhenRolesChange()
    {
        var admin = Admin();
        var member = TestData.Member("tkdev");

        var change = member.ChangeRoles(MemberRoles.Moderator, admin, otherAdmins: 1, TestData.Now);

        Assert.Equal(MemberRoles.Contributor | MemberRoles.Moderator, member.Roles);
        Assert.Same(member, change.Member);
        Assert.Same(admin, change.ChangedBy);
        Assert.Equal(MemberRoles.Contributor, change.OldRoles);
        Assert.Equal(MemberRoles.Contributor | MemberRoles.Moderator, change.NewRoles);
        Assert.Equal(TestData.Now, change.ChangedAt);
    }

    [Fact]
    public void ShouldKeepContributorWhenRolesAreCleared()
    {
        var member = TestData.Member("tkdev");
        member.GrantAtSetup(MemberRoles.Facilitator);

        member.ChangeRoles(MemberRoles.None, Admin(), otherAdmins: 1, TestData.Now);

        Assert.Equal(MemberRoles.Contributor, member.Roles);
    }

    [Fact]
    public void ShouldRefuseWhenChangerIsNotAnAdmin()
    {
        var moderator = TestData.Member("lena.v");
        moderator.GrantAtSetup(MemberRoles.Moderator);
        var member = TestData.Member("tkdev");

        Assert.Throws<NotPermittedException>(() => member.ChangeRoles(MemberRoles.Admin, moderator, otherAdmins: 1, TestData.Now));
        Assert.Equal(MemberRoles.Contributor, member.Roles);
    }

    [Fact]
    public void ShouldRefuseWhenAnAdminRemovesTheirOwnAdminRole()
    {
        var admin = Admin();

        var error = Assert.Throws<NotPermittedException>(() => admin.ChangeRoles(MemberRoles.Moderator, admin, otherAdmins: 3, TestData.Now));

        Assert.Contains("own Admin role", error.Message, StringComparison.Ordinal);
        Assert.True(admin.IsAdmin);
    }

    [Fact]
    public void ShouldRefuseWhenTheLastAdminWouldBeDemoted()
    {
        var other = Admin("other");

        var error = Assert.Throws<DomainRuleException>(() => other.ChangeRoles(MemberRoles.Contributor, Admin(), otherAdmins: 0, TestData.Now));

        Assert.Contains("at least one admin", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "moderator", " Admin " }, MemberRoles.Moderator | MemberRoles.Admin)]
    [InlineData(new string[0], MemberRoles.None)]
    public void ShouldParseRoleNamesWhenKnown(string[] names, MemberRoles expected)
    {
        Assert.True(MemberRoleNames.TryParse(names, out var roles, out var unknown));
        Assert.Equal(expected, roles);
        Assert.Empty(unknown);
    }

    [Fact]
    public void ShouldReportUnknownRoleNamesWhenParsing()
    {
        Assert.False(MemberRoleNames.TryParse(["Moderator", "Boss"], out _, out var unknown));
        Assert.Equal(["Boss"], unknown);
    }

    [Theory]
    [InlineData("bad\u0007name")]
    [InlineData("a display name that is far too long to be shown next to every single post")]
    public void ShouldRefuseWhenDisplayNameIsUnfit(string displayName) =>
        Assert.Throws<DomainRuleException>(() => new Member("amelie.r", displayName, TestData.Now));
}
