using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>
/// An admin brings a Discourse topic over in the browser: uploads it on /admin/import, reads the report, opens the
/// thread (a fold opened with the keyboard), and gives an imported author's posts to a member from the profile.
/// </summary>
public sealed class DiscourseImportJourney(ForumServer server) : IClassFixture<ForumServer>
{
    [Fact]
    public async Task ShouldImportATopicReadItAndGiveAnImportedAuthorsPostsToAMember()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        var violations = new List<string>();
        await tab.SignInAsync(ForumServer.AdminName, ForumServer.AdminPassword);

        await page.GotoAsync("/admin/import");
        await page.Locator("#discourse-topics").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "discourse", "rich-topic.json"));
        await page.Locator("#discourse-source").FillAsync("https://forum.journey.example");
        await page.Locator("#discourse-category").SelectOptionAsync("general");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import topics" }).ClickAsync();
        var report = page.Locator(".import-discourse .import-report");
        await report.WaitForAsync();
        Assert.Contains("1 topics: 1 created", await report.InnerTextAsync(), StringComparison.Ordinal);
        violations.AddRange(await AxeCheck.BlockingViolationsAsync(page));
        await tab.ScreenshotAsync("discourse-import-report", report);

        await report.Locator("a[href^='/t/']").First.ClickAsync();
        await page.WaitForURLAsync("**/t/**");
        var fold = page.Locator(".cooked details").First;
        await fold.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await fold.EvaluateAsync<bool>("d => d.open"));
        Assert.Equal("https://forum.journey.example/t/deja-vu-zoes-notes-on-the-rwf-001-budget/5150", await page.Locator(".thread-header__origin").GetAttributeAsync("href"));
        violations.AddRange(await AxeCheck.BlockingViolationsAsync(page));
        await tab.ScreenshotAsync("discourse-imported-thread");

        await page.GotoAsync("/u/li_lei");
        violations.AddRange(await AxeCheck.BlockingViolationsAsync(page));
        await page.Locator("#claim-member").FillAsync("moshe_f");
        await page.Locator("#claim-reason").FillAsync("He showed the e-mail of his account there.");
        await page.Locator("#claim-reason").PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Done:" }).WaitForAsync();
        Assert.Contains("now @moshe_f's", await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Done:" }).InnerTextAsync(), StringComparison.Ordinal);
        await tab.ScreenshotAsync("discourse-claimed-profile");

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
