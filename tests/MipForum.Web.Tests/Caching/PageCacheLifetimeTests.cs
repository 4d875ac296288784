using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using MipForum.Web.Caching;

namespace MipForum.Web.Tests.Caching;

/// <summary>A page showing something that changes with the clock (a poll opening or closing) is kept no longer than that.</summary>
public sealed class PageCacheLifetimeTests
{
    private sealed class Feature(OutputCacheContext context) : IOutputCacheFeature
    {
        public OutputCacheContext Context { get; } = context;
    }

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private static (DefaultHttpContext Http, OutputCacheContext Cache) CachedRequest(TimeSpan lifetime)
    {
        var http = new DefaultHttpContext();
        var cache = new OutputCacheContext { HttpContext = http, AllowCacheStorage = true, ResponseExpirationTimeSpan = lifetime };
        http.Features.Set<IOutputCacheFeature>(new Feature(cache));
        return (http, cache);
    }

    [Fact]
    public void ShouldShortenTheLifetimeToTheNextChange()
    {
        var (http, cache) = CachedRequest(TimeSpan.FromSeconds(60));

        PageCaching.KeepAtMostUntil(http, Now.AddSeconds(12), new TestClock(Now));

        Assert.Equal(TimeSpan.FromSeconds(12), cache.ResponseExpirationTimeSpan);
        Assert.True(cache.AllowCacheStorage);
    }

    [Fact]
    public void ShouldKeepTheLifetimeWhenTheChangeComesLater()
    {
        var (http, cache) = CachedRequest(TimeSpan.FromSeconds(60));

        PageCaching.KeepAtMostUntil(http, Now.AddHours(3), new TestClock(Now));

        Assert.Equal(TimeSpan.FromSeconds(60), cache.ResponseExpirationTimeSpan);
    }

    [Fact]
    public void ShouldNotStoreAPageWhoseChangeIsDueNow()
    {
        var (http, cache) = CachedRequest(TimeSpan.FromSeconds(60));

        PageCaching.KeepAtMostUntil(http, Now, new TestClock(Now));

        Assert.False(cache.AllowCacheStorage);
    }
}
