using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Tests.Common;

public sealed class UserNameRulesTests
{
    [Theory]
    [InlineData("amelie.r", true)]
    [InlineData("sato-k", true)]
    [InlineData("moshe_f", true)]
    [InlineData("ab", false)]
    [InlineData("a_name_that_is_too_long", false)]
    [InlineData("bad name", false)]
    [InlineData("évian", false)]
    [InlineData("@sato", false)]
    [InlineData("lena.v\n", false)]
    [InlineData("lena.v\r\n", false)]
    public void ShouldAcceptOnlyMentionableNames(string userName, bool valid)
    {
        Assert.Equal(valid, UserNameRules.IsValid(userName));
        if (!valid)
        {
            Assert.Throws<DomainRuleException>(() => new Member(userName, userName, DateTimeOffset.UnixEpoch));
        }
    }
}
