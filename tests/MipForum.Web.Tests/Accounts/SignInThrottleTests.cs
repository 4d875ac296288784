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
        ["Forum:ForwardedHeaders:KnownProxies"] = "10.9.9.9",
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

    [Fact]
    public async Task ShouldCountANameAndItsEmailAsOneAccount()
    {
        var client = forum.CreateClient();
        await GuessAsync(client, "funmi.o", "10.0.5.1", attempts: 3);

        var byEmail = await TokenAsync(client, "funmi.o@demo.mipforum.invalid", "another wrong password", "10.0.5.1");
        var byCase = await TokenAsync(client, " FUNMI.O ", "another wrong password", "10.0.5.1");

        Assert.Equal(HttpStatusCode.TooManyRequests, byEmail.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, byCase.StatusCode);
    }

    [Fact]
    public async Task ShouldCountAnUnknownNameAsIdentityNormalisesIt()
    {
        var client = forum.CreateClient();
        await GuessAsync(client, "no.such.kelly", "10.0.8.1", attempts: 3);

        // "\u212A" is the Kelvin sign, which Identity's normaliser reads as "K".
        var lookAlike = await TokenAsync(client, "no.such.\u212Aelly", "another wrong password", "10.0.8.1");

        Assert.Equal(HttpStatusCode.TooManyRequests, lookAlike.StatusCode);
    }

    [Fact]
    public async Task ShouldCountAnIpv6SubscriberByItsPrefixSoFreshAddressesDoNotHelp()
    {
        var client = forum.CreateClient();
        for (var host = 1; host <= 3; host++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(client, "sato-k", "a wrong password", $"2001:db8:7:7::{host:x}")).StatusCode);
        }

        var freshAddressSamePrefix = await TokenAsync(client, "sato-k", "a wrong password", "2001:db8:7:7:abcd::99");
        var otherSubscriber = await TokenAsync(client, "sato-k", ForumClient.DemoPassword, "2001:db8:7:8::1");

        Assert.Equal(HttpStatusCode.TooManyRequests, freshAddressSamePrefix.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherSubscriber.StatusCode);
    }

    [Fact]
    public async Task ShouldLetOnlyTheFreeFailuresThroughWhenGuessesArriveAllAtOnce()
    {
        var client = forum.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => TokenAsync(client, "moshe_f", $"parallel guess {i}", "10.0.6.1")));

        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(17, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task ShouldBelieveForwardedAddressesFromTheKnownProxyOnly()
    {
        var client = forum.CreateClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await TokenAsync(client, "govalpha", "a wrong password", "10.9.9.9", forwardedFor: "198.51.100.1");
        }

        var sameClientThroughProxy = await TokenAsync(client, "govalpha", "a wrong password", "10.9.9.9", forwardedFor: "198.51.100.1");
        var otherClientThroughProxy = await TokenAsync(client, "govalpha", ForumClient.DemoPassword, "10.9.9.9", forwardedFor: "198.51.100.2");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await TokenAsync(client, "govalpha", "a wrong password", "10.0.7.1", forwardedFor: $"198.51.100.{10 + attempt}");
        }

        var spoofedForward = await TokenAsync(client, "govalpha", "a wrong password", "10.0.7.1", forwardedFor: "198.51.100.99");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClientThroughProxy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClientThroughProxy.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofedForward.StatusCode); // not the proxy: its header is ignored
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

    private static async Task<HttpResponseMessage> TokenAsync(HttpClient client, string name, string password, string address, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = JsonContent.Create(new { userName = name, password }) };
        request.Headers.Add(TestClientAddress.Header, address);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
