using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>
/// The real scheduler (every second here; the draft is due 8 s after scheduling, time enough to take the role away first on a slow machine) leaves a draft unpublished when its author lost the Facilitator role after
/// scheduling it, and /notifications tells them why, leading to the draft.
/// </summary>
public sealed class ScheduledDraftNotificationPageTests
{
    private sealed class QuickSchedulerFactory : ForumWebFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Forum:Admin:UserName"] = AccountsFactory.AdminName,
            ["Forum:Admin:Email"] = "root@example.org",
            ["Forum:Admin:Password"] = AccountsFactory.AdminPassword,
            ["Forum:Proposals:ScheduleCheckSeconds"] = "1",
        };
    }

    [Fact]
    public async Task ShouldTellTheAuthorTheirScheduledDraftStayedADraftWhenTheyLostTheRole()
    {
        await using var forum = new QuickSchedulerFactory();
        var api = forum.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var amelie = await api.TokenAsync("amelie.r", ForumClient.DemoPassword);
        var admin = await api.TokenAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        var drafted = await api.SendAsync(HttpMethod.Post, "/api/v1/proposals", new { title = "A proposal scheduled for later", summary = "Later.", sections = new Dictionary<string, string> { ["Sentence Summary"] = "Later.", ["Paragraph Summary"] = "It waits.", ["Motivation"] = "Because.", ["Specification / Proposal Details"] = "Details." } }, amelie);
        var draftId = (await drafted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(HttpMethod.Post, $"/api/v1/proposals/{draftId}/publish", new { at = DateTimeOffset.UtcNow.AddSeconds(8) }, amelie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(HttpMethod.Put, "/api/v1/users/amelie.r/roles", new { roles = new[] { "Contributor" } }, admin)).StatusCode);
        var browser = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInWithFormAsync("amelie.r", ForumClient.DemoPassword)).StatusCode);

        AngleSharp.Dom.IElement? note = null;
        for (var wait = 0; wait < 100 && note is null; wait++)
        {
            await Task.Delay(250, ct);
            note = (await browser.GetDocumentAsync("/notifications")).QuerySelectorAll(".notification")
                .FirstOrDefault(n => n.TextContent.Contains("Your scheduled draft was not published", StringComparison.Ordinal));
        }

        Assert.NotNull(note);
        Assert.Contains("A proposal scheduled for later", note.TextContent, StringComparison.Ordinal);
        Assert.Contains("you no longer hold either role", note.TextContent, StringComparison.Ordinal);
        var opened = await browser.GetAsync(note.QuerySelector("a")!.GetAttribute("href"), ct);
        Assert.Equal($"/proposals/{draftId}/edit", opened.LocalRedirect());
        Assert.DoesNotContain((await api.GetFromJsonAsync<JsonElement>("/api/v1/proposals", ct)).GetProperty("items").EnumerateArray(),
            p => p.GetProperty("title").GetString() == "A proposal scheduled for later");
    }
}
