using System.Net.Http.Json;
using MipForum.Web.Composition;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Operations;

/// <summary>
/// The operator commands: a misspelt command fails with the list of commands (it used to start the web server), a
/// missing argument is a usage error, --help lists every command, and a real command runs on the forum's services.
/// </summary>
public sealed class CommandLineTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static async Task<(int ExitCode, string Output, string Error, bool HostBuilt)> RunAsync(string[] args, IServiceProvider? services = null, string input = "")
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var built = false;
        var exit = await CommandLine.RunAsync(args, () =>
        {
            built = true;
            return Task.FromResult(services ?? throw new InvalidOperationException("No host in this test."));
        }, output, error, new StringReader(input));
        return (exit, output.ToString(), error.ToString(), built);
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new[] { "--environment=Production" }, false)]
    [InlineData(new[] { "recook" }, true)]
    [InlineData(new[] { "import-discourse", "topic.json" }, true)]
    [InlineData(new[] { "--help" }, true)]
    public void ShouldTellCommandsFromTheWebServersOwnOptions(string[] args, bool command) =>
        Assert.Equal(command, CommandLine.IsCommand(args));

    [Fact]
    public async Task ShouldFailAMisspeltCommandWithTheListOfCommandsAndStartNothing()
    {
        var (exit, output, error, built) = await RunAsync(["import-mip", "folder"]);

        Assert.NotEqual(0, exit);
        Assert.False(built);
        Assert.Contains("import-mip", error, StringComparison.Ordinal);
        Assert.Contains("import-mips", output + error, StringComparison.Ordinal);
        Assert.Contains("recook", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswerAMissingFolderWithAUsageError()
    {
        var (exit, _, error, built) = await RunAsync(["import-mips"]);

        Assert.NotEqual(0, exit);
        Assert.False(built);
        Assert.Contains("folder", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldListEveryCommandForHelp()
    {
        var (exit, output, _, built) = await RunAsync(["--help"]);

        Assert.Equal(0, exit);
        Assert.False(built);
        Assert.All(new[] { "migrate", "seed-demo", "create-admin", "recook", "reindex-search", "import-mips", "import-discourse", "backup", "restore" }, command => Assert.Contains(command, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldImportAFolderOnTheForumsServicesAndSayWhatItDid()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "fixtures", "mips-sample");

        var (exit, output, error, built) = await RunAsync(["import-mips", folder], forum.Services);

        Assert.True(exit == 0, error);
        Assert.True(built);
        Assert.Contains("Importing", output, StringComparison.Ordinal);

        // A log gets the progress as one line with the count and the rate.
        Assert.Matches(@"Importing files: \d+/\d+ in [\d.]+ s \([\d,]+/s\)\.", output);
    }

    [Theory]
    [InlineData(new[] { "migrate", "extra" }, "extra")]
    [InlineData(new[] { "seed-demo", "extra" }, "extra")]
    [InlineData(new[] { "create-admin", "ops.admin" }, "--email")]
    [InlineData(new[] { "create-admin", "--email", "ops@example.org" }, "user-name")]
    [InlineData(new[] { "recook", "extra" }, "extra")]
    [InlineData(new[] { "reindex-search", "--fast" }, "--fast")]
    [InlineData(new[] { "import-mips" }, "folder")]
    [InlineData(new[] { "import-discourse", "--source", "https://forum.example.org", "--category", "general" }, "topic.json")]
    [InlineData(new[] { "import-discourse", "topic.json", "--source", "https://forum.example.org" }, "--category")]
    [InlineData(new[] { "backup" }, "file")]
    [InlineData(new[] { "restore" }, "file")]
    public async Task ShouldAnswerEveryCommandsMissingOrUnknownArgumentWithAUsageErrorAndStartNothing(string[] args, string named)
    {
        var (exit, _, error, built) = await RunAsync(args);

        Assert.NotEqual(0, exit);
        Assert.False(built);
        Assert.Contains(named, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldAnswerImportDiscourseWithoutTheSourceForumWithAUsageError()
    {
        var (exit, _, error, built) = await RunAsync(["import-discourse", "topic.json", "--category", "general"]);

        Assert.NotEqual(0, exit);
        Assert.False(built);
        Assert.Contains("--source", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldImportDiscourseTopicsWithProgressAndReportEveryPost()
    {
        var topic = Path.Combine(RepositoryRoot(), "tests", "fixtures", "discourse", "sample-topic.json");

        var (exit, output, error, built) = await RunAsync(["import-discourse", topic, "--source", "https://forum.cli.example", "--category", "general"], forum.Services);

        Assert.True(exit == 0, error);
        Assert.True(built);
        Assert.Contains("Importing topics: 1/1", output, StringComparison.Ordinal);
        Assert.Contains("1 topics: 1 created", output, StringComparison.Ordinal);
        Assert.Contains("post 3 → #3 by alice_facilitator: Imported", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldExitWithOneWhenATopicFailsAndStillImportTheOthers()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, "{ this is not json", TestContext.Current.CancellationToken);
        var topic = Path.Combine(RepositoryRoot(), "tests", "fixtures", "discourse", "rich-topic.json");
        try
        {
            var (exit, output, _, _) = await RunAsync(["import-discourse", broken, topic, "--source", "https://forum.exit.example", "--category", "general"], forum.Services);

            Assert.Equal(1, exit);
            Assert.Contains("1 created", output, StringComparison.Ordinal);
            Assert.Contains("1 failed", output, StringComparison.Ordinal);
            Assert.Contains("Not JSON", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public async Task ShouldRefuseImportDiscourseIntoACategoryThatIsNotThere()
    {
        var topic = Path.Combine(RepositoryRoot(), "tests", "fixtures", "discourse", "sample-topic.json");

        var (exit, _, error, _) = await RunAsync(["import-discourse", topic, "--source", "https://forum.cli.example", "--category", "no-such-category"], forum.Services);

        Assert.Equal(2, exit);
        Assert.Contains("no-such-category", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseImportDiscourseOfAFileThatIsNotThere()
    {
        var (exit, _, error, _) = await RunAsync(["import-discourse", "/no/such/topic.json", "--source", "https://forum.cli.example", "--category", "general"], forum.Services);

        Assert.Equal(2, exit);
        Assert.Contains("/no/such/topic.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseAFolderThatIsNotThere()
    {
        var (exit, _, error, _) = await RunAsync(["import-mips", "/no/such/folder"], forum.Services);

        Assert.Equal(2, exit);
        Assert.Contains("No folder /no/such/folder.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldBackUpTheLiveDatabaseAndNeverOverwriteAFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mipforum-cli-backup-{Guid.NewGuid():N}.db");
        try
        {
            var (exit, output, error, _) = await RunAsync(["backup", file], forum.Services);
            var (again, _, refusal, _) = await RunAsync(["backup", file], forum.Services);

            Assert.True(exit == 0, error);
            Assert.Contains("integrity check: ok", output, StringComparison.Ordinal);
            Assert.Equal(2, again);
            Assert.Contains("already exists", refusal, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ShouldRefuseToRestoreOverTheDatabaseOfARunningForum()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mipforum-cli-restore-{Guid.NewGuid():N}.db");
        try
        {
            Assert.Equal(0, (await RunAsync(["backup", file], forum.Services)).ExitCode);

            var (exit, _, error, _) = await RunAsync(["restore", file], forum.Services);

            Assert.Equal(2, exit);
            Assert.StartsWith("A forum is running on", error, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ShouldReindexSearchWithProgressAndASummaryLine()
    {
        var (exit, output, error, _) = await RunAsync(["reindex-search"], forum.Services);

        Assert.True(exit == 0, error);
        Assert.True(output.Contains("Reading texts", StringComparison.Ordinal), output);
        Assert.Matches(@"Reindexed: [\d,]+ posts and proposals read, [\d,]+ index entries, in [\d.]+ s\.", output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public async Task ShouldRefuseToSeedTheDemoIntoADatabaseWithContent()
    {
        var (exit, _, error, _) = await RunAsync(["seed-demo"], forum.Services);

        Assert.Equal(2, exit);
        Assert.Contains("only into an empty database", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldCreateAnAdminWithThePasswordFromStandardInputAndRefuseADemoAccount()
    {
        var (exit, output, error, _) = await RunAsync(["create-admin", "ops.admin", "--email", "ops@example.org"], forum.Services, "a long operator password\n");
        var (again, repeated, _, _) = await RunAsync(["create-admin", "ops.admin", "--email", "ops@example.org"], forum.Services, "another password here\n");
        var (demo, _, refusal, _) = await RunAsync(["create-admin", "amelie.r", "--email", "amelie@example.org"], forum.Services, "a long operator password\n");
        var (noPassword, _, ask, _) = await RunAsync(["create-admin", "ops.two", "--email", "two@example.org"], forum.Services);
        var (noEmail, _, usage, built) = await RunAsync(["create-admin", "ops.three"]);

        Assert.True(exit == 0, error);
        Assert.Equal("Created the admin account ops.admin.", output.Trim());
        Assert.Equal((0, "ops.admin is an admin (the account existed; its password was not changed)."), (again, repeated.Trim()));
        Assert.Equal(2, demo);
        Assert.Contains("demo account", refusal, StringComparison.Ordinal);
        Assert.Equal(2, noPassword);
        Assert.Contains("standard input", ask, StringComparison.Ordinal);
        Assert.NotEqual(0, noEmail);
        Assert.False(built);
        Assert.Contains("--email", usage, StringComparison.Ordinal);
        using var client = forum.CreateClient();
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "ops.admin", password = "a long operator password" }, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, token.StatusCode);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MipForum.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (MipForum.sln) was not found above the test binaries.");
    }
}
