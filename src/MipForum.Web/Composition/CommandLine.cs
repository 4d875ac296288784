using Mediator;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Markdown;
using MipForum.Application.Features.Proposals.Import;

namespace MipForum.Web.Composition;

/// <summary>
/// Operator verbs run instead of the web server: <c>dotnet run --project src/MipForum.Web -- recook</c> and
/// <c>-- import-mips &lt;folder&gt;</c>. They act as the system (every permission), which only someone with access to
/// the server can be.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(this WebApplication app, string[] args)
    {
        switch (args)
        {
            case ["recook", ..]:
                await RecookAsync(app);
                return true;
            case ["import-mips", var folder, ..]:
                Environment.ExitCode = await ImportMipsAsync(app, folder);
                return true;
            case ["import-mips"]:
                Console.Error.WriteLine("Usage: dotnet run --project src/MipForum.Web -- import-mips <folder of the MIPs repository>");
                Environment.ExitCode = 2;
                return true;
            default:
                return false;
        }
    }

    private static async Task RecookAsync(WebApplication app)
    {
        await using var scope = SystemScope(app);
        Console.WriteLine("Re-cooking every post and proposal body with the current markdown pipeline…");
        var report = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RecookContentCommand());
        Console.WriteLine($"Done: {report.PostsExamined} posts examined, {report.PostsChanged} changed; {report.ProposalsExamined} proposals and annexes examined, {report.ProposalsChanged} changed; {report.Failed} failed.");
    }

    private static async Task<int> ImportMipsAsync(WebApplication app, string folder)
    {
        folder = ResolveFromCaller(folder);
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"No folder {folder}.");
            return 2;
        }

        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(path => new MipFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
        Console.WriteLine($"Importing {files.Count} files from {root}…");
        await using var scope = SystemScope(app);
        var report = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ImportMipsCommand(files));
        Console.Write(ImportReportText.Format(report));
        return 0;
    }

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

    private static AsyncServiceScope SystemScope(WebApplication app)
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        return scope;
    }
}
