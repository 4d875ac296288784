using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

/// <summary>Three free failures, then waits starting at a minute: long enough that a test sees them, per name and address.</summary>
public sealed class ThrottledSignInFactory : ForumWebFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Forum:Auth:FreeFailedSignIns"] = "3",
        ["Forum:Auth:FreeFailedSignInsPerAddress"] = "6",
        ["Forum:Auth:FailedSignInDelaySeconds"] = "60",
    };
}

public sealed partial class SignInThrottleTests(ThrottledSignInFactory forum) : IClassFixture<ThrottledSignInFactory>
{
    [Fact]
    public async Task ShouldAnswerAnUnknownNameExactlyAsAKnownOneWhenGuessingGoesOn()
    {
        var client = forum.CreateClient();

        var unknown = await GuessAsync(client, "no.such.member", "10.0.1.1", attempts: 5);
        var known = await GuessAsync(client, "amelie.r", "10.0.1.2", attempts: 5);

        // 401, 401, 401, then slowed: 429 with Retry-After, whether the account exists or not.
        Assert.Equal([401, 401, 401, 429, 429], unknown.Select(r => r.Status));
        Assert.Equal(unknown.Select(r => r.Status), known.Select(r => r.Status));
        Assert.Equal(unknown.Select(r => r.Title), known.Select(r => r.Title));
        Assert.Equal(unknown.Select(r => Digits().Replace(r.Detail, "N")), known.Select(r => Digits().Replace(r.Detail, "N")));
        Assert.All(unknown.Concat(known).Where(r => r.Status == 429), r => Assert.InRange(r.RetryAfter ?? 0, 1, 60));
        Assert.DoesNotContain(unknown.Concat(known), r => r.Status == 423 || r.Detail.Contains("locked", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ShouldLetTheOwnerSignInFromElsewhereWhileAGuesserIsSlowed()
    {
        var client = forum.CreateClient();
        await GuessAsync(client, "tkdev", "10.0.2.1", attempts: 4);

        var guesserWithRightPassword = await TokenAsync(client, "tkdev", ForumClient.DemoPassword, "10.0.2.1");
        var owner = await TokenAsync(client, "tkdev", ForumClient.DemoPassword, "10.0.2.99");

        // The guesser's address must wait even with the right password (it is not even checked); the owner is not locked out.
        Assert.Equal(HttpStatusCode.TooManyRequests, guesserWithRightPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task ShouldSlowAnAddressThatGuessesManyNames()
    {
        var client = forum.CreateClient();
        foreach (var name in new[] { "a.one", "b.two", "c.three", "d.four", "e.five", "f.six" })
        {
            var guess = await TokenAsync(client, name, "a wrong password", "10.0.3.1");
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        var seventhName = await TokenAsync(client, "g.seven", "a wrong password", "10.0.3.1");
        var elsewhere = await TokenAsync(client, "g.seven", "a wrong password", "10.0.3.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, seventhName.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
    }

    [Fact]
    public async Task ShouldShowTheWaitOnTheSignInPageWhenGuessingGoesOn()
    {
        var browser = forum.CreateBrowserlessClient();
        browser.DefaultRequestHeaders.Add(TestClientAddress.Header, "10.0.4.1");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var wrong = await browser.SignInWithFormAsync("maya.k", $"wrong {attempt}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var slowed = await browser.SignInWithFormAsync("maya.k", "wrong again");

        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        var page = await slowed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Too many failed sign-ins from here. Wait", page, StringComparison.Ordinal);
    }

    private static async Task<List<(int Status, string Title, string Detail, int? RetryAfter)>> GuessAsync(HttpClient client, string name, string address, int attempts)
    {
        var answers = new List<(int, string, string, int?)>();
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var response = await TokenAsync(client, name, $"wrong password {attempt}", address);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            answers.Add(((int)response.StatusCode, problem.GetProperty("title").GetString()!, problem.GetProperty("detail").GetString()!, (int?)response.Headers.RetryAfter?.Delta?.TotalSeconds));
        }

        return answers;
    }

    private static async Task<HttpResponseMessage> TokenAsync(HttpClient client, string name, string password, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = JsonContent.Create(new { userName = name, password }) };
        request.Headers.Add(TestClientAddress.Header, address);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
