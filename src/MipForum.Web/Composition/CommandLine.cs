using System.CommandLine;
using Mediator;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Markdown;
using MipForum.Application.Features.Proposals.Import;
using MipForum.Application.Features.Threads.Import;

namespace MipForum.Web.Composition;

/// <summary>
/// Operator commands run instead of the web server (System.CommandLine): <c>dotnet run --project src/MipForum.Web --
/// migrate</c>, <c>recook</c>, <c>import-mips &lt;folder&gt;</c>, <c>backup &lt;file&gt;</c>, <c>restore &lt;file&gt;</c>, each with <c>--help</c>. They act as the system (every
/// permission), which only someone with access to the server can be. No first word, or one that starts with "-" (host
/// options such as <c>--urls</c>), starts the forum; any other word is a command, so a misspelt one fails with the list of
/// commands and a non-zero exit code instead of silently starting the server.
/// </summary>
public static class CommandLine
{
    /// <summary>Whether the arguments name an operator command (or ask for help) rather than start the web server.</summary>
    public static bool IsCommand(string[] args) =>
        args is [var first, ..] && (!first.StartsWith('-') || first is "-h" or "-?" or "--help" or "--version");

    /// <summary>Parses and runs the command; the host is built only when a command actually runs (not for help or errors).</summary>
    public static Task<int> RunAsync(string[] args, Func<Task<IServiceProvider>> host, TextWriter? output = null, TextWriter? error = null, TextReader? input = null)
    {
        var configuration = new InvocationConfiguration();
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        return Commands(host, input ?? Console.In).Parse(args).InvokeAsync(configuration);
    }

    private static RootCommand Commands(Func<Task<IServiceProvider>> host, TextReader input)
    {
        var migrate = new Command("migrate", "Create or migrate the database (and seed the demo or create the configured admin, as the settings say), then exit.");
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            await host();
            parse.InvocationConfiguration.Output.WriteLine("The database is up to date.");
            return 0;
        });

        var recook = new Command("recook", "Re-cook every stored post and proposal body with the current markdown pipeline.");
        recook.SetAction(async (parse, cancellationToken) =>
        {
            await RecookAsync(await host(), parse.InvocationConfiguration.Output);
            return 0;
        });

        var folder = new Argument<string>("folder") { Description = "The MIPs repository folder (or a folder of MIP files)." };
        var importMips = new Command("import-mips", "Import (or update) proposals from a MIPs repository folder, and print what was imported, skipped or changed.") { folder };
        importMips.SetAction(async (parse, cancellationToken) =>
            await ImportMipsAsync(await host(), parse.GetValue(folder)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        var topicFiles = new Argument<string[]>("topic.json") { Description = "Topic files in the shape of Discourse's /t/{id}.json?include_raw=true (several files of one topic are read together).", Arity = ArgumentArity.OneOrMore };
        var source = new Option<string>("--source") { Description = "The address of the forum the topics come from, such as https://forum.makerdao.com (original links are made from it).", Required = true };
        var category = new Option<string>("--category") { Description = "The slug of the category new threads go into (re-imported threads stay where they are).", Required = true };
        var importDiscourse = new Command("import-discourse", "Import (or update) Discourse topics: posts by placeholder members, re-cooked here; print what was imported, skipped or changed.") { topicFiles, source, category };
        importDiscourse.SetAction(async (parse, cancellationToken) =>
            await ImportDiscourseAsync(await host(), parse.GetValue(topicFiles)!, parse.GetValue(source)!, parse.GetValue(category)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));

        var file = new Argument<string>("file") { Description = "Where to write the copy (a new file; an existing one is never overwritten)." };
        var backup = new Command("backup", "Write a consistent copy of the live SQLite database while the forum serves and writes, then check it (PRAGMA integrity_check).") { file };
        backup.SetAction(async (parse, cancellationToken) =>
            await BackupAsync(await host(), parse.GetValue(file)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));

        var backupFile = new Argument<string>("file") { Description = "The backup to put in place of the database." };
        var restore = new Command("restore", "Put a backup in place of the database (the current one is moved aside, not deleted); refused while a forum serves it.") { backupFile };
        restore.SetAction(async (parse, cancellationToken) =>
            await RestoreAsync(await host(), parse.GetValue(backupFile)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));

        var seedDemo = new Command("seed-demo", "Fill an empty database with the demo forum (members with the published demo password, threads, proposals); refused on a database with content.");
        seedDemo.SetAction(async (parse, cancellationToken) =>
            await SeedDemoAsync(await host(), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));

        var adminName = new Argument<string>("user-name") { Description = "The admin's user name (a new account, or an existing one whose email is the one given)." };
        var adminEmail = new Option<string>("--email") { Description = "The admin's email address.", Required = true };
        var createAdmin = new Command("create-admin", "Create an admin account, or give the Admin role to an existing account with that email. The password is read from standard input (first line), so it stays out of the shell's history.") { adminName, adminEmail };
        createAdmin.SetAction(async (parse, cancellationToken) =>
            await CreateAdminAsync(await host(), parse.GetValue(adminName)!, parse.GetValue(adminEmail)!, input, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));

        var reindex = new Command("reindex-search", "Read the text of every stored post and proposal again and rebuild the full-text search index from the tables.");
        reindex.SetAction(async (parse, cancellationToken) =>
            await ReindexSearchAsync(await host(), parse.InvocationConfiguration.Output, cancellationToken));

        return new RootCommand("MipForum: run with no command to serve the forum; the commands below are for operators.") { migrate, seedDemo, createAdmin, recook, reindex, importMips, importDiscourse, backup, restore };
    }

    private static async Task RecookAsync(IServiceProvider app, TextWriter output)
    {
        await using var scope = SystemScope(app);
        output.WriteLine("Re-cooking every post and proposal body with the current markdown pipeline…");
        var report = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RecookContentCommand());
        output.WriteLine($"Done: {report.PostsExamined} posts examined, {report.PostsChanged} changed; {report.ProposalsExamined} proposals and annexes examined, {report.ProposalsChanged} changed; {report.Failed} failed.");
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider app, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope(app);
        if (!await scope.ServiceProvider.GetRequiredService<Infrastructure.Seeding.DemoSeeder>().SeedIfEmptyAsync(cancellationToken))
        {
            error.WriteLine("The database already has members or threads: the demo is seeded only into an empty database. Point ConnectionStrings:Forum at a new file to try it.");
            return 2;
        }

        output.WriteLine($"Seeded the demo forum: sign in as amelie.r, moshe_f or lena.v with the password {Infrastructure.Seeding.DemoSeeder.DemoPassword}.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider app, string userName, string email, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var password = await input.ReadLineAsync(cancellationToken);
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("Give the password on standard input, for example: read -s PASSWORD && echo \"$PASSWORD\" | dotnet run --project src/MipForum.Web -- create-admin " + userName + " --email " + email);
            return 2;
        }

        await using var scope = SystemScope(app);
        try
        {
            var created = await scope.ServiceProvider.GetRequiredService<Infrastructure.Identity.AdminBootstrapper>()
                .EnsureAdminAsync(new Infrastructure.Identity.AdminOptions { UserName = userName, Email = email, Password = password }, "create-admin", cancellationToken);
            output.WriteLine(created ? $"Created the admin account {userName}." : $"{userName} is an admin (the account existed; its password was not changed).");
            return 0;
        }
        catch (InvalidOperationException refused)
        {
            error.WriteLine(refused.Message);
            return 2;
        }
    }

    private static async Task<int> ReindexSearchAsync(IServiceProvider app, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope(app);
        var texts = scope.ServiceProvider.GetRequiredService<Infrastructure.Search.SearchTexts>();
        var total = await texts.CountAsync(cancellationToken);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var read = await CommandProgress.RunAsync(output, "Reading texts", total, progress => texts.FillAsync(onlyMissing: false, progress, cancellationToken));
        var entries = await scope.ServiceProvider.GetRequiredService<Application.Common.Interfaces.ISearchIndex>().RebuildAsync(cancellationToken);
        output.WriteLine($"Reindexed: {read:N0} posts and proposals read, {entries:N0} index entries, in {started.Elapsed.TotalSeconds:N1} s.");
        return 0;
    }

    private static async Task<int> ImportMipsAsync(IServiceProvider app, string folder, TextWriter output, TextWriter error)
    {
        folder = ResolveFromCaller(folder);
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"No folder {folder}.");
            return 2;
        }

        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(path => new MipFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
        output.WriteLine($"Importing {files.Count} files from {root}…");
        await using var scope = SystemScope(app);
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var report = await CommandProgress.RunAsync(output, "Importing files", files.Count, async progress => await sender.Send(new ImportMipsCommand(files) { Progress = progress }));
        output.Write(ImportReportText.Format(report));
        return 0;
    }

    private static async Task<int> ImportDiscourseAsync(IServiceProvider app, string[] paths, string source, string category, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var files = new List<DiscourseTopicFile>();
        foreach (var path in paths.Select(ResolveFileFromCaller))
        {
            if (!File.Exists(path))
            {
                error.WriteLine($"No file {path}.");
                return 2;
            }

            files.Add(new DiscourseTopicFile(Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken)));
        }

        await using var scope = SystemScope(app);
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        try
        {
            var report = await CommandProgress.RunAsync(output, "Importing topics", files.Count, async progress =>
                await sender.Send(new ImportDiscourseCommand(files, category, source) { Progress = progress }, cancellationToken));
            output.Write(DiscourseImportReportText.Format(report));
            return report.Count(TopicOutcome.Failed) == 0 ? 0 : 1;
        }
        catch (Application.Common.Exceptions.RequestValidationException invalid)
        {
            error.WriteLine(string.Join(" ", invalid.Errors.SelectMany(e => e.Value)));
            return 2;
        }
    }

    private static async Task<int> BackupAsync(IServiceProvider app, string file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope(app);
        try
        {
            var report = await scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.Sqlite.SqliteBackup>()
                .BackupAsync(ResolveFileFromCaller(file), cancellationToken);
            output.WriteLine($"Backed up to {report.File}: {report.Bytes:N0} bytes, {report.Posts:N0} posts; integrity check: {report.IntegrityCheck}.");
            return report.IntegrityCheck == "ok" ? 0 : 1;
        }
        catch (IOException refused)
        {
            error.WriteLine(refused.Message);
            return 2;
        }
    }

    private static async Task<int> RestoreAsync(IServiceProvider app, string file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var report = await Infrastructure.Persistence.Sqlite.SqliteRestore.RestoreAsync(
                ResolveFileFromCaller(file), Infrastructure.Persistence.ForumDatabase.ResolveConnectionString(app), app.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
            output.WriteLine($"Restored {report.Database} ({report.Posts:N0} posts); the database it replaced is at {report.PreviousMovedTo}. Start the forum (it migrates the restored database if needed).");
            return 0;
        }
        catch (IOException refused)
        {
            error.WriteLine(refused.Message);
            return 2;
        }
    }

    /// <summary>A relative file is written where the operator typed the command (PWD), as folders are read from there.</summary>
    private static string ResolveFileFromCaller(string file) =>
        Path.IsPathRooted(file) || Environment.GetEnvironmentVariable("PWD") is not { } caller ? file : Path.Combine(caller, file);

    /// <summary>
    /// `dotnet run --project` starts the app in the project's folder, so a relative path is read from the shell's
    /// folder (PWD) where the operator typed it, when it exists there.
    /// </summary>
    private static string ResolveFromCaller(string folder)
    {
        if (Path.IsPathRooted(folder) || Directory.Exists(folder))
        {
            return folder;
        }

        var caller = Environment.GetEnvironmentVariable("PWD");
        return caller is not null && Directory.Exists(Path.Combine(caller, folder)) ? Path.Combine(caller, folder) : folder;
    }

    private static AsyncServiceScope SystemScope(IServiceProvider app)
    {
        var scope = app.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        return scope;
    }
}
