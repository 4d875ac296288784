using System.Net;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

public sealed class PublicUrlFactory : ForumWebFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Forum:PublicUrl"] = "https://forum.example.org",
    };
}

/// <summary>With Forum:PublicUrl set and AllowedHosts left at "*", the forum answers only to its own host.</summary>
public sealed class PublicUrlTests(PublicUrlFactory forum) : IClassFixture<PublicUrlFactory>
{
    [Theory]
    [InlineData("forum.example.org", HttpStatusCode.OK)]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    public async Task ShouldAnswerOnlyToThePublicHost(string host, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/proposals/counts");
        request.Headers.Host = host;

        var response = await forum.CreateBrowserlessClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }
}
