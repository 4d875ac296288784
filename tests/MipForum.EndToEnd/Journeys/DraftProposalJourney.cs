using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>
/// A facilitator drafts a MIP41c5 offboarding from its template, previews it, publishes it and finds its thread; an admin
/// then tries an early Formal Submission (refused by the feedback period), overrides it with a reason, and the thread shows it.
/// </summary>
public sealed class DraftProposalJourney(ForumServer server) : IClassFixture<ForumServer>
{
    [Fact]
    public async Task ShouldDraftPreviewPublishAndFindTheThread()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await tab.SignInAsync("moshe_f");

        // From the component's page, the facilitator starts a subproposal on its template.
        await page.GotoAsync("/proposals/MIP41c5");
        await page.GetByRole(AriaRole.Link, new() { Name = "Draft a subproposal" }).ClickAsync();
        await page.Locator(".proposal-editor[data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.GetByLabel("Under")).ToHaveValueAsync("MIP41c5");
        await Assertions.Expect(page.Locator("#section-powers-for-unwinding-plan")).ToBeVisibleAsync();

        await page.Locator("#draft-title").FillAsync("Facilitator Offboarding (XYZ-002)");
        await page.Locator("#draft-summary").FillAsync("Offboards the facilitator of XYZ-002 after their resignation.");
        await page.Locator("#section-sentence-summary").FillAsync("This subproposal offboards the facilitator of XYZ-002.");
        await page.Locator("#section-paragraph-summary").FillAsync("The facilitator resigned; this makes it official and starts the unwinding.");
        await page.Locator("#section-motivation").FillAsync("The facilitator **resigned** on 20 November.");
        await page.Locator("#section-powers-for-unwinding-plan").FillAsync("Keep the budget multisig for 30 days to pay final invoices.");

        // A malformed Core Unit ID is named next to its field; nothing is saved.
        await page.Locator("#section-core-unit-id").FillAsync("the XYZ unit");
        await page.Locator("#section-core-unit-id").BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field__error")).ToHaveTextAsync(["Core Unit ID must contain a Core Unit ID such as RWF-001."]);

        await page.Locator("#section-core-unit-id").FillAsync("XYZ-002");
        await page.Locator("#section-core-unit-id").BlurAsync();
        var preview = page.GetByTestId("proposal-preview");
        await Assertions.Expect(preview.Locator("h3", new() { HasText = "Core Unit ID" })).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator("strong")).ToHaveTextAsync("resigned");
        await tab.ScreenshotAsync("proposal-1-draft-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/proposals/\d+/edit\?saved=1$"), new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator(".proposal-editor[data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.Locator(".form-notice")).ToContainTextAsync("Draft saved");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish now as RFC" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/proposals/MIP41c5-SP\d+$"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Facilitator Offboarding (XYZ-002)");
        await Assertions.Expect(page.Locator(".page-header .badge")).ToHaveTextAsync("RFC");
        await Assertions.Expect(page.Locator(".timeline__entry")).ToHaveCountAsync(1);
        await tab.ScreenshotAsync("proposal-2-published");
        var proposalUrl = page.Url;

        await page.Locator(".side-section", new() { HasText = "Discussion" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Facilitator Offboarding (XYZ-002)");
        await Assertions.Expect(page.Locator("#post-1 .cooked")).ToContainTextAsync("Offboards the facilitator of XYZ-002");
        var threadUrl = page.Url;

        await using var adminTab = await BrowserPage.OpenAsync(server);
        var admin = adminTab.Page;
        await adminTab.SignInAsync(ForumServer.AdminName, ForumServer.AdminPassword);
        await admin.GotoAsync(proposalUrl);
        await admin.GetByLabel("New status").SelectOptionAsync(new SelectOptionValue { Label = "Formal Submission" });
        await admin.GetByLabel("Reason (shown on the timeline)").FillAsync("Urgent: the unit has no budget signer.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.Locator(".move-proposal .form-error")).ToContainTextAsync("can go to Formal Submission from");

        await admin.GetByLabel("Override a timing rule").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.Locator(".timeline__entry")).ToHaveCountAsync(2);
        await Assertions.Expect(admin.Locator(".timeline__entry").Last.Locator(".override-badge")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator(".page-header .badge")).ToHaveTextAsync("Formal Submission");
        await adminTab.ScreenshotAsync("proposal-3-overridden");

        await page.GotoAsync(threadUrl);
        await Assertions.Expect(page.Locator(".proposal-event")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".proposal-event").Last).ToContainTextAsync("Urgent: the unit has no budget signer.");

        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
        Assert.True(adminTab.Errors.Count == 0, string.Join(Environment.NewLine, adminTab.Errors));
    }
}
