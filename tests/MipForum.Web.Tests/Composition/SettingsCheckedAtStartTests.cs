using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Composition;

/// <summary>A bad setting stops the start with its key and the reason, instead of a forum running on a clamped value.</summary>
public sealed class SettingsCheckedAtStartTests
{
    [Theory]
    [InlineData("Forum:Paging:PostsPerPage", "0", "Forum:Paging:PostsPerPage must be 1–500.")]
    [InlineData("Forum:Paging:ThreadsPerPage", "501", "Forum:Paging:ThreadsPerPage must be 1–500.")]
    [InlineData("Forum:Markdown:MaxSourceLength", "0", "Forum:Markdown:MaxSourceLength must be 1–1048576.")]
    [InlineData("Forum:Markdown:MaxCookedLength", "10", "Forum:Markdown:MaxCookedLength must be at least Forum:Markdown:MaxSourceLength")]
    [InlineData("Forum:RateLimits:Commands:WindowSeconds", "0", "Forum:RateLimits:Commands:WindowSeconds must be 1–86400.")]
    [InlineData("Forum:RateLimits:Preview:PermitLimit", "0", "Forum:RateLimits:Preview:PermitLimit must be 1–1000000.")]
    [InlineData("Forum:Auth:TokenLifetimeMinutes", "0", "Forum:Auth:TokenLifetimeMinutes must be 1–1440.")]
    [InlineData("Forum:Admin:UserName", "root.admin", "Forum:Admin:Password is missing")]
    [InlineData("Forum:SeedDemo", "yes", "Forum:SeedDemo")]
    [InlineData("Forum:Paging:PostsPerPage", "twenty", "Forum:Paging:PostsPerPage")]
    [InlineData("Forum:PublicUrl", "forum.example.org", "Forum:PublicUrl must be an absolute http or https address")]
    [InlineData("Forum:ForwardedHeaders:KnownProxies", "10.0.0.1, proxy.local", "Forum:ForwardedHeaders:KnownProxies must list IP addresses")]
    [InlineData("Forum:Accounts:PasswordMinLength", "0", "Forum:Accounts:PasswordMinLength")]
    public void ShouldNotStartWhenASettingIsOutOfRange(string key, string value, string reason)
    {
        using var forum = new BadSettingFactory(key, value);

        var failure = Record.Exception(() => forum.Server);

        Assert.NotNull(failure);
        Assert.Contains(reason, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldStartWithTheDefaults()
    {
        using var forum = new ForumWebFactory();

        Assert.NotNull(forum.Server);
    }

    private sealed class BadSettingFactory(string key, string value) : ForumWebFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { [key] = value };
    }
}
