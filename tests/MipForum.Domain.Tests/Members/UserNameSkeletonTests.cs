using MipForum.Domain.Members;

namespace MipForum.Domain.Tests.Members;

public sealed class UserNameSkeletonTests
{
    [Theory]
    [InlineData("lena.v", "Iena.v")]
    [InlineData("lena.v", "1ena.v")]
    [InlineData("lena.v", "lena_v")]
    [InlineData("lena.v", "ｌｅｎａ．ｖ")] // full-width forms fold under NFKC
    [InlineData("root.admin", "root_admin")]
    [InlineData("root.admin", "R00T-ADMlN")]
    public void ShouldGiveLookAlikesOneSkeleton(string name, string lookAlike) =>
        Assert.Equal(UserNameRules.Skeleton(name), UserNameRules.Skeleton(lookAlike));

    [Fact]
    public void ShouldKeepTheDemoNamesApartWhenTheySitTogether()
    {
        string[] demo = ["govalpha", "amelie.r", "sato-k", "moshe_f", "lena.v", "tkdev", "funmi.o", "wei_chen", "root.admin", "mips.import"];

        Assert.Equal(demo.Length, demo.Select(UserNameRules.Skeleton).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("\u017Fato-k")] // long s
    [InlineData("sato-\u212A")] // Kelvin sign
    [InlineData("\u0130ena.v")] // dotted capital I
    public void ShouldNotFoldOtherScriptsIntoAsciiWhenNormalizing(string alias) =>
        Assert.NotEqual(UserNameRules.Normalize(alias.Replace('\u017F', 's').Replace('\u212A', 'k').Replace('\u0130', 'i')), UserNameRules.Normalize(alias));

    [Fact]
    public void ShouldUpperCaseOnlyAsciiLettersWhenNormalizing() =>
        Assert.Equal("SATO-K_2.X", UserNameRules.Normalize("sato-K_2.x"));
}
