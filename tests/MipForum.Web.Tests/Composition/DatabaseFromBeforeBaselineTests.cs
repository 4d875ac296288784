using Microsoft.Data.Sqlite;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Composition;

/// <summary>A database made before the migrations were squashed stops the start with what to do, not an error deep in EF Core.</summary>
public sealed class DatabaseFromBeforeBaselineTests
{
    [Fact]
    public async Task ShouldNotStartOnADatabaseFromBeforeTheBaselineAndSayToDeleteIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mipforum-prebaseline-{Guid.NewGuid():N}.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261126112503_InitialForum', '10.0.0'), ('20261126114650_Accounts', '10.0.0');
                CREATE TABLE "Categories" ("Id" INTEGER NOT NULL PRIMARY KEY);
                """;
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var forum = new ExistingDatabaseFactory(path);

        var failure = Record.Exception(() => forum.Server);

        Assert.NotNull(failure);
        Assert.Contains("was made before MipForum's migrations were squashed into one baseline (it records 20261126112503_InitialForum and 1 more); it cannot be upgraded.", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains(path, failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class ExistingDatabaseFactory(string path) : ForumWebFactory(path);
}
