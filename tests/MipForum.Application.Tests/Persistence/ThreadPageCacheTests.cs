using Microsoft.Extensions.Options;
using MipForum.Application.Common.Interfaces;
using MipForum.Infrastructure.Caching;

namespace MipForum.Application.Tests.Persistence;

/// <summary>The thread pages' shared rows: kept, dropped by the tags of a write, and never kept from a read a write overtook.</summary>
public sealed class ThreadPageCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly MipForum.Tests.Shared.TestClock _clock = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly ThreadPageCache _cache;
    private int _loads;

    public ThreadPageCacheTests() => _cache = new(Options.Create(new ThreadPageCacheOptions()), _clock);

    private sealed record Rows(string Text) : IKeptRows
    {
        public DateTimeOffset? ChangesAt { get; init; }
    }

    private Task<Rows?> Load(CancellationToken _) => Task.FromResult<Rows?>(new($"rows read {++_loads}"));

    [Fact]
    public async Task ShouldKeepAPagesRowsUntilAWriteToItsThreadIsEvicted()
    {
        Assert.Equal("rows read 1", (await _cache.GetOrLoadAsync(1, 1, Load, Ct))!.Text);
        Assert.Equal("rows read 1", (await _cache.GetOrLoadAsync(1, 1, Load, Ct))!.Text);

        _cache.Evict(new HashSet<string> { PageCacheTags.Lists });
        _cache.Evict(new HashSet<string> { PageCacheTags.Thread(2) });
        Assert.Equal("rows read 1", (await _cache.GetOrLoadAsync(1, 1, Load, Ct))!.Text);

        _cache.Evict(new HashSet<string> { PageCacheTags.Thread(1), PageCacheTags.Lists });
        Assert.Equal("rows read 2", (await _cache.GetOrLoadAsync(1, 1, Load, Ct))!.Text);
    }

    [Theory]
    [InlineData(PageCacheTags.Threads)]
    [InlineData(PageCacheTags.Everything)]
    public async Task ShouldDropEveryThreadsPagesForAWriteThatNamesNoThread(string tag)
    {
        await _cache.GetOrLoadAsync(1, 1, Load, Ct);
        await _cache.GetOrLoadAsync(2, 3, Load, Ct);

        _cache.Evict(new HashSet<string> { tag });

        Assert.Equal("rows read 3", (await _cache.GetOrLoadAsync(1, 1, Load, Ct))!.Text);
        Assert.Equal("rows read 4", (await _cache.GetOrLoadAsync(2, 3, Load, Ct))!.Text);
    }

    [Fact]
    public async Task ShouldNotKeepRowsReadBeforeAWriteWhoseEvictionCameWhileTheyWereRead()
    {
        var stale = await _cache.GetOrLoadAsync(1, 1, _ =>
        {
            _cache.Evict(new HashSet<string> { PageCacheTags.Thread(1) }); // a reply committed while the page was read
            return Task.FromResult<Rows?>(new("rows from before the reply"));
        }, Ct);

        Assert.Equal("rows from before the reply", stale!.Text); // this request still answers with what it read
        Assert.Equal("rows read 1", (await _cache.GetOrLoadAsync(1, 1, Load, Ct))!.Text);
    }

    [Fact]
    public async Task ShouldReadRowsAgainFromTheMomentTheyChangeWithoutAWrite()
    {
        var ends = _clock.Now.AddDays(1);
        await _cache.GetOrLoadAsync(1, 1, _ => Task.FromResult<Rows?>(new("a delegation until tomorrow") { ChangesAt = ends }), Ct);
        Assert.Equal("a delegation until tomorrow", (await _cache.GetOrLoadAsync(1, 1, Load, Ct))!.Text);

        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal("rows read 1", (await _cache.GetOrLoadAsync(1, 1, Load, Ct))!.Text);
    }

    [Fact]
    public async Task ShouldReadEveryTimeWhenTurnedOff()
    {
        var off = new ThreadPageCache(Options.Create(new ThreadPageCacheOptions { ThreadPages = 0 }), _clock);

        await off.GetOrLoadAsync(1, 1, Load, Ct);

        Assert.Equal("rows read 2", (await off.GetOrLoadAsync(1, 1, Load, Ct))!.Text);
    }
}
