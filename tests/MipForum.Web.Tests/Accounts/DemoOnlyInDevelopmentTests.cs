using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

/// <summary>With the shipped settings, a deployment has no demo: no demo members, no published-password sign-ins.</summary>
public sealed class DemoOnlyInDevelopmentTests
{
    private sealed class ShippedSettings(string environment, string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:Forum", $"Data Source={databasePath}");
        }
    }

    [Theory]
    [InlineData("Production", HttpStatusCode.NotFound, HttpStatusCode.Unauthorized)]
    [InlineData("Development", HttpStatusCode.OK, HttpStatusCode.OK)]
    public async Task ShouldSeedTheDemoOnlyInDevelopmentWhenNothingIsSet(string environment, HttpStatusCode profile, HttpStatusCode token)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mipforum-webtest-{Guid.NewGuid():N}.db");
        try
        {
            await using var forum = new ShippedSettings(environment, path);
            var client = forum.CreateClient();

            Assert.Equal(profile, (await client.GetAsync("/api/v1/users/lena.v", TestContext.Current.CancellationToken)).StatusCode);
            Assert.Equal(token, (await client.RequestTokenAsync("lena.v", ForumClient.DemoPassword)).StatusCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            var keys = Path.Combine(Path.GetTempPath(), Path.GetFileNameWithoutExtension(path) + "-keys");
            if (Directory.Exists(keys))
            {
                Directory.Delete(keys, recursive: true);
            }
        }
    }
}
