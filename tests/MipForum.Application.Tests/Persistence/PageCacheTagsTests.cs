using MipForum.Infrastructure.Caching;

namespace MipForum.Application.Tests.Persistence;

/// <summary>Statements run outside a save evict by their table; anything not read as a known write evicts everything.</summary>
public sealed class PageCacheTagsTests
{
    [Theory]
    [InlineData("UPDATE \"Posts\" AS \"p\" SET \"LikeCount\" = \"p\".\"LikeCount\" + 1", "threads,lists")]
    [InlineData("-- a TagWith comment\nDELETE FROM \"PostLikes\" AS \"p\" WHERE \"p\".\"PostId\" = @id", "threads,lists")]
    [InlineData("/* tagged */ UPDATE \"ApiKeys\" SET \"LastUsedAt\" = @now", "")]
    [InlineData("INSERT INTO \"PostsSearch\"(\"PostsSearch\") VALUES('rebuild')", "")]
    [InlineData("UPDATE \"Categories\" SET \"Name\" = @name", "forum")]
    [InlineData("WITH changed AS (SELECT 1) UPDATE \"Threads\" SET \"IsPinned\" = 0", "forum")]
    [InlineData("CREATE INDEX \"IX_Posts_Something\" ON \"Posts\" (\"Number\")", "forum")]
    [InlineData("SELECT COUNT(*) FROM \"Posts\"", "")]
    [InlineData("-- tagged\nWITH best AS MATERIALIZED (SELECT rowid FROM \"PostsSearch\") SELECT * FROM best", "")]
    [InlineData("PRAGMA synchronous=NORMAL;", "")]
    public void ShouldTagAStatementByWhatItWrites(string sql, string expected)
    {
        var tags = new HashSet<string>();

        PageCacheTags.CollectStatement(sql, tags);

        Assert.Equal(expected, string.Join(',', tags.Order(StringComparer.Ordinal).Reverse()));
    }
}
