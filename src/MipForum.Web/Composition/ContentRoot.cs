namespace MipForum.Web.Composition;

/// <summary>
/// Where the forum finds its settings and static files. ASP.NET Core takes the current folder, so a published forum
/// started from elsewhere (<c>/srv/mipforum/MipForum.Web</c> from a service's home) found no appsettings.json and no
/// wwwroot, and answered every stylesheet and script with an empty 200. When nothing names a content root and the
/// current folder is not one, the folder the program was published to is used. <c>dotnet run</c> (the project folder)
/// and test hosts (which set their own) are left alone.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new() { Args = args, ContentRootPath = PublishedFolderIfNeeded(args) };

    private static string? PublishedFolderIfNeeded(string[] args)
    {
        var named = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is not null;
        if (named || IsContentRoot(Directory.GetCurrentDirectory()))
        {
            return null;
        }

        var published = AppContext.BaseDirectory;
        return IsContentRoot(published) && Directory.Exists(Path.Combine(published, "wwwroot")) ? published : null;
    }

    private static bool IsContentRoot(string folder) => File.Exists(Path.Combine(folder, "appsettings.json"));
}
