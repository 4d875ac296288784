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
}
