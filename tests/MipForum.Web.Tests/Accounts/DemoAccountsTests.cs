using System.Net;
using Microsoft.AspNetCore.Hosting;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

public sealed class DemoAccountsTests
{
    private sealed class DemoOffFactory(string databasePath) : ForumWebFactory(databasePath)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Forum:SeedDemo", "false");
        }
    }

    [Fact]
    public async Task ShouldRefuseDemoPasswordsWhenDemoSeedingIsTurnedOff()
    {
        string path;
        await using (var seeded = new ForumWebFactory { DeleteDatabaseOnDispose = false })
        {
            path = seeded.DatabasePath;
            var client = seeded.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.RequestTokenAsync("sato-k", ForumClient.DemoPassword)).StatusCode);
        }

        await using var production = new DemoOffFactory(path);
        var response = await production.CreateClient().RequestTokenAsync("sato-k", ForumClient.DemoPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
