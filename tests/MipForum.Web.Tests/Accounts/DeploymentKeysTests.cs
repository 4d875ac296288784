using System.Net;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

/// <summary>
/// Two forums on one host: a token from one must not work on the other, although the same member id exists on both
/// (both are seeded with the demo). Each deployment's keys live beside its own database.
/// </summary>
public sealed class DeploymentKeysTests
{
    [Fact]
    public async Task ShouldRefuseATokenFromAnotherForumOnTheSameHost()
    {
        await using var first = new ForumWebFactory();
        await using var second = new ForumWebFactory();
        var token = await first.CreateClient().TokenAsync("lena.v", ForumClient.DemoPassword);

        var home = await first.CreateClient().SendAsync(HttpMethod.Get, "/api/v1/me", null, token);
        var elsewhere = await second.CreateClient().SendAsync(HttpMethod.Get, "/api/v1/me", null, token);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
        Assert.True(Directory.EnumerateFiles(Path.Combine(Path.GetTempPath(), Path.GetFileNameWithoutExtension(first.DatabasePath) + "-keys"), "key-*.xml").Any());
    }

    [Fact]
    public async Task ShouldKeepTokensValidWhenTheSameForumRestarts()
    {
        string path;
        string token;
        await using (var before = new ForumWebFactory { DeleteDatabaseOnDispose = false })
        {
            path = before.DatabasePath;
            token = await before.CreateClient().TokenAsync("lena.v", ForumClient.DemoPassword);
        }

        await using var after = new RestartedForum(path);
        var me = await after.CreateClient().SendAsync(HttpMethod.Get, "/api/v1/me", null, token);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    private sealed class RestartedForum(string databasePath) : ForumWebFactory(databasePath);
}
