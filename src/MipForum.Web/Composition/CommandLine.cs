using Mediator;
using MipForum.Application.Common.Security;
using MipForum.Application.Features.Markdown;

namespace MipForum.Web.Composition;

/// <summary>
/// Operator verbs run instead of the web server: <c>dotnet run --project src/MipForum.Web -- recook</c>.
/// They act as the system (every permission), which only someone with access to the server can be.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(this WebApplication app, string[] args)
    {
        if (args is not ["recook", ..])
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        Console.WriteLine("Re-cooking every post and proposal body with the current markdown pipeline…");
        var report = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RecookContentCommand());
        Console.WriteLine($"Done: {report.PostsExamined} posts examined, {report.PostsChanged} changed; {report.ProposalsExamined} proposals examined, {report.ProposalsChanged} changed; {report.Failed} failed.");
        return true;
    }
}
