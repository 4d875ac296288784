using MipForum.Web.Composition;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.Services.AddMipForum(builder.Configuration);

var app = builder.Build();
app.UseMipForum();
await app.Services.RunStartupWorkAsync();
if (await app.TryRunAsync(args))
{
    return;
}

app.AnnounceUrls();
await app.RunAsync();

/// <summary>Entry point; public so WebApplicationFactory can host the real composition in tests.</summary>
public partial class Program;
