using System.Net;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Api;

public sealed class HealthAndHeadersTests(ForumWebFactory forum)
{
    [Fact]
    public async Task ShouldReportHealthyWhenDatabaseAnswers()
    {
        var response = await forum.CreateClient().GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldSendSecurityHeadersWhenServingPages()
    {
        var response = await forum.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }
}
