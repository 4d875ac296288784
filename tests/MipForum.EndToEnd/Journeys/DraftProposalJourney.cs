using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>A facilitator drafts a MIP41c5 offboarding from its template, previews it, publishes it and finds its thread.</summary>
public sealed class DraftProposalJourney(ForumServer server) : IClassFixture<ForumServer>
{
    [Fact]
    public async Task ShouldDraftPreviewPublishAndFindTheThread()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await page.GotoAsync("/account/login");
        await page.GetByLabel("User name or email").FillAsync("moshe_f");
        await page.GetByLabel("Password").FillAsync("mipforum-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator(".account-menu__me").WaitForAsync();

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

        await page.Locator(".side-section", new() { HasText = "Discussion" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Facilitator Offboarding (XYZ-002)");
        await Assertions.Expect(page.Locator("#post-1 .cooked")).ToContainTextAsync("Offboards the facilitator of XYZ-002");

        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
