using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MipForum.Web.Tests.Support;

/// <summary>A forum whose database commands are counted, without the page cache (what a page costs to render is the question).</summary>
public sealed class CountingFactory : ForumWebFactory
{
    public CommandCounter Commands { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Forum:Caching:PageSeconds"] = "0" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Commands));
    }
}
