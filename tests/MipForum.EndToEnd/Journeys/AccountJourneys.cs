using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

public sealed class AccountJourneys(ForumServer server) : IClassFixture<ForumServer>
{
    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GetByLabel("User name or email").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    [Theory]
    [InlineData("/%C3%A9")]
    [InlineData("/%E2%80%AE")]
    public async Task ShouldSignInAndLandHomeWhenTheLinkCarriesANonAsciiReturnUrl(string returnUrl)
    {
        // Kestrel refuses a non-ASCII Location: the cookie handler's own redirect to ?returnUrl made this sign-in a 500.
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await page.GotoAsync($"/account/login?returnUrl={returnUrl}");

        await page.GetByLabel("User name or email").FillAsync("sato-k");
        await page.GetByLabel("Password").FillAsync("mipforum-demo");
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/account/login", StringComparison.Ordinal));

        Assert.True(answer.Status < 500, $"the sign-in answered {answer.Status}");
        await Assertions.Expect(page.Locator(".account-menu__me")).ToBeVisibleAsync();
        Assert.Equal(server.BaseUrl.TrimEnd('/') + "/", page.Url);
    }

    [Fact]
    public async Task ShouldRegisterSeeProfileSignOutAndSignInAgain()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Register" }).ClickAsync();
        await page.GetByLabel("User name").FillAsync("journey.user");
        await page.GetByLabel("Email").FillAsync("journey@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a journey password");
        await page.GetByLabel("Confirm password").FillAsync("a journey password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await page.WaitForURLAsync("**/u/journey.user", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("journey.user");
        await Assertions.Expect(page.Locator(".role-badge")).ToHaveTextAsync(["Contributor"]);
        await Assertions.Expect(page.Locator(".account-menu__me")).ToHaveTextAsync("journey.user");
        await tab.ScreenshotAsync("account-1-profile");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();

        await SignInAsync(page, "journey.user", "a journey password");
        await Assertions.Expect(page.Locator(".account-menu__me")).ToHaveTextAsync("journey.user");
        await page.Locator(".account-menu__me").ClickAsync();
        await page.WaitForURLAsync("**/u/journey.user", new() { WaitUntil = WaitUntilState.Commit });

        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task ShouldShowWhatIsWrongWhenRegistrationIsInvalid()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await page.GotoAsync("/account/register");

        await page.GetByLabel("User name").FillAsync("аdmin"); // Cyrillic "а"
        await page.GetByLabel("Email").FillAsync("not-an-email");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await page.GetByLabel("Confirm password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(page.Locator(".field__error")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".field__error").First).ToContainTextAsync("look-alike");
        await tab.ScreenshotAsync("account-2-register-errors");
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task ShouldLetTheConfiguredAdminPromoteAMemberToModerator()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        var page = tab.Page;
        await page.GotoAsync("/");
        await SignInAsync(page, ForumServer.AdminName, ForumServer.AdminPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await page.GetByLabel("Search members").FillAsync("funmi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit roles of funmi.o" }).ClickAsync();

        await page.GetByLabel("Moderator").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save roles" }).ClickAsync();

        await Assertions.Expect(page.Locator(".form-success")).ToHaveTextAsync("Saved: funmi.o is now Contributor, Moderator.");
        await Assertions.Expect(page.Locator(".role-log__list li").First).ToContainTextAsync("@root.admin changed @funmi.o");
        await tab.ScreenshotAsync("admin-roles");

        await page.GotoAsync("/u/funmi.o");
        await Assertions.Expect(page.Locator(".role-badge")).ToHaveTextAsync(["Contributor", "Moderator"]);
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
