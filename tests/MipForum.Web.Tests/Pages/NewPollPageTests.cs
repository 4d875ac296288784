using System.Net;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>Opening a poll from the thread page's form, as a facilitator in a browser would, and who is offered the form.</summary>
public sealed class NewPollPageTests(ForumWebFactory forum)
{
    [Fact]
    public async Task ShouldOpenARankedPollFromTheFormAndShowItUnderItsPostInTheThread()
    {
        var browser = forum.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await browser.SignInWithFormAsync("govalpha", ForumClient.DemoPassword);
        var api = forum.CreateClient();
        var (id, _) = await api.StartThreadAsync(await api.TokenAsync("govalpha", ForumClient.DemoPassword), "A thread that gets a ranked poll", "Options follow.");
        var thread = await OpenAsync(browser, $"/t/{id}");
        Assert.NotNull(thread.QuerySelector($"a[href='/t/{id}/polls/new']"));

        var refused = await browser.SubmitFormAsync($"/t/{id}/polls/new", "new-poll", new Dictionary<string, string>
        {
            ["Input.Question"] = "Which path?",
            ["Input.Type"] = "Ranked",
            ["Input.Options"] = "Offboard now",
            ["Input.ClosesAt"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });
        var page = await Html.ParseAsync(refused);
        Assert.Contains("A poll has 2 to 5 options.", page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);

        var created = await browser.SubmitFormAsync($"/t/{id}/polls/new", "new-poll", new Dictionary<string, string>
        {
            ["Input.Question"] = "Which path for RWF-001?",
            ["Input.Type"] = "Ranked",
            ["Input.Options"] = "Offboard now\nKeep\nMiddle ground",
            ["Input.ClosesAt"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var located = await OpenAsync(browser, created.LocalRedirect()!);
        var card = located.QuerySelector(".poll-card");
        Assert.NotNull(card);
        Assert.Contains("Which path for RWF-001?", card.QuerySelector(".poll-card__question").Text(), StringComparison.Ordinal);
        Assert.Equal(3, card.QuerySelectorAll("select.poll-ballot__rank").Length);
    }

    [Fact]
    public async Task ShouldNotOfferTheFormToAContributorOnAThreadThatIsNotTheirProposals()
    {
        var browser = forum.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await browser.SignInWithFormAsync("tkdev", ForumClient.DemoPassword);
        var api = forum.CreateClient();
        var (id, _) = await api.StartThreadAsync(await api.TokenAsync("govalpha", ForumClient.DemoPassword), "A facilitator's thread, not tkdev's", "Nothing yet.");

        var thread = await OpenAsync(browser, $"/t/{id}");
        var refused = await browser.SubmitFormAsync($"/t/{id}/polls/new", "new-poll", new Dictionary<string, string>
        {
            ["Input.Question"] = "Sneaky?",
            ["Input.ClosesAt"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Null(thread.QuerySelector($"a[href='/t/{id}/polls/new']"));
        Assert.Contains("Polls are opened by facilitators", (await Html.ParseAsync(refused)).QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
    }

    // Short links redirect (/t/{id}, /t/{id}/posts/{n}); a browser follows them.
    private static async Task<AngleSharp.Dom.IDocument> OpenAsync(HttpClient browser, string url)
    {
        for (var hop = 0; hop < 4; hop++)
        {
            var response = await browser.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.LocalRedirect() is not { } next)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return await Html.ParseAsync(response);
            }

            url = next.Split('#')[0];
        }

        throw new InvalidOperationException($"Too many redirects from {url}.");
    }
}
