using MipForum.Web.Composition;

// An operator command (migrate, recook, import-mips, --help) runs and exits; the host is built only when one runs.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, async () =>
    {
        var host = BuildForum([]);
        await host.Services.RunStartupWorkAsync();
        return host.Services;
    });
}

var app = BuildForum(args);
await app.Services.RunStartupWorkAsync();
app.AnnounceUrls();
await app.RunAsync();
return 0;

static WebApplication BuildForum(string[] args)
{
    var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
    builder.Services.AddMipForum(builder.Configuration);
    var app = builder.Build();
    app.UseMipForum();
    return app;
}

/// <summary>Entry point; public so WebApplicationFactory can host the real composition in tests.</summary>
public partial class Program;
