using System.Net;
using System.Net.Http.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

public sealed class AccountPagesTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldSignInAndShowTheMemberInTheHeaderWhenFormIsRight()
    {
        var browser = forum.CreateBrowserlessClient();

        var response = await browser.SignInWithFormAsync("sato-k", ForumClient.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.LocalRedirect());
        var home = await browser.GetDocumentAsync("/");
        Assert.Equal("佐藤 健", home.QuerySelector(".account-menu__me").Text());
        Assert.NotNull(home.QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]"));
        Assert.Null(home.QuerySelector(".account-menu a[href='/admin/users']"));
    }

    [Fact]
    public async Task ShouldExplainWithoutRevealingWhenSignInFails()
    {
        var browser = forum.CreateBrowserlessClient();

        var wrong = await Html.ParseAsync(await browser.SignInWithFormAsync("sato-k", "not the password"));
        var unknown = await Html.ParseAsync(await browser.SignInWithFormAsync("nobody.here", "not the password"));

        Assert.Equal("The user name or password is not right.", wrong.QuerySelector(".form-error").Text());
        Assert.Equal(wrong.QuerySelector(".form-error").Text(), unknown.QuerySelector(".form-error").Text());
    }

    [Theory]
    [InlineData("\u017Fato-k")] // long s, which Unicode upper-cases to S
    [InlineData("sato-\u212A")] // Kelvin sign, which NFC turns into K
    [InlineData("\u017Fato-k@demo.mipforum.invalid")]
    [InlineData("sato-\u212A@demo.mipforum.invalid")]
    public async Task ShouldRefuseALookAlikeSpellingOfANameWithItsRightPassword(string alias)
    {
        var browser = forum.CreateBrowserlessClient();

        var page = await Html.ParseAsync(await browser.SignInWithFormAsync(alias, ForumClient.DemoPassword));
        var token = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = alias, password = ForumClient.DemoPassword }, TestContext.Current.CancellationToken);

        Assert.Equal("The user name or password is not right.", page.QuerySelector(".form-error").Text());
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    [Theory]
    [InlineData("SATO-K")]
    [InlineData("Sato-K@Demo.MipForum.Invalid")]
    public async Task ShouldStillSignInWhateverTheCaseOfAsciiLetters(string name)
    {
        var token = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = name, password = ForumClient.DemoPassword }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task ShouldRegisterSignInAndOpenProfileWhenFormIsValid()
    {
        var browser = forum.CreateBrowserlessClient();

        var response = await browser.SubmitFormAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.UserName"] = "page.user",
            ["Input.Email"] = "page.user@example.org",
            ["Input.Password"] = "a page user password",
            ["Input.ConfirmPassword"] = "a page user password",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/u/page.user", response.LocalRedirect());
        var profile = await browser.GetDocumentAsync("/u/page.user");
        Assert.Equal("page.user", profile.QuerySelector("h1").Text());
        Assert.Equal(["Contributor"], profile.QuerySelectorAll(".role-badge").Select(b => b.Text()));
        Assert.Equal("page.user", profile.QuerySelector(".account-menu__me").Text());
    }

    [Fact]
    public async Task ShouldShowInlineErrorsAndKeepInputWhenRegistrationIsInvalid()
    {
        var browser = forum.CreateBrowserlessClient();

        var response = await browser.SubmitFormAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.UserName"] = "amelie.r",
            ["Input.Email"] = "fresh@example.org",
            ["Input.Password"] = "a page user password",
            ["Input.ConfirmPassword"] = "a page user password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("That user name is taken.", page.QuerySelector(".field__error, .validation-message").Text());
        Assert.Equal("fresh@example.org", page.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task ShouldExplainInlineWhenTheNameLooksLikeAnExistingMembers()
    {
        var browser = forum.CreateBrowserlessClient();

        var response = await browser.SubmitFormAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.UserName"] = "Iena.v", // capital I: reads as the moderator lena.v
            ["Input.Email"] = "not.lena@example.org",
            ["Input.Password"] = "a page user password",
            ["Input.ConfirmPassword"] = "a page user password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("'Iena.v' looks too much like @lena.v, who is already a member: choose a user name nobody could mistake for theirs.", page.QuerySelector(".field__error, .validation-message").Text());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/u/Iena.v", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldSendAnonymousVisitorsToSignInWhenOpeningAdmin()
    {
        var response = await forum.CreateBrowserlessClient().GetAsync("/admin/users", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fadmin%2Fusers", response.LocalRedirect());
    }

    [Fact]
    public async Task ShouldDenyContributorsWhenOpeningAdmin()
    {
        var browser = forum.CreateBrowserlessClient();
        await browser.SignInWithFormAsync("tkdev", ForumClient.DemoPassword);

        var response = await browser.GetAsync("/admin/users", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldChangeRolesAndLogItWhenAdminUsesTheForm()
    {
        var browser = forum.CreateBrowserlessClient();
        await browser.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        var list = await browser.GetDocumentAsync("/admin/users?q=lena");
        Assert.Equal(["Lena Vogt"], list.QuerySelectorAll(".member-table tbody td:first-child a").Select(a => a.Text()));

        var response = await browser.SubmitFormAsync("/admin/users/lena.v", "roles", new Dictionary<string, string>
        {
            ["Input.Moderator"] = "true",
            ["Input.Facilitator"] = "true",
        });

        var page = await Html.ParseAsync(response);
        Assert.Equal("Saved: lena.v is now Contributor, Facilitator, Moderator.", page.QuerySelector(".form-success").Text());
        var log = System.Text.RegularExpressions.Regex.Replace(page.QuerySelector(".role-log__list li").Text(), @"\s+", " ");
        Assert.Contains("@root.admin changed", log, StringComparison.Ordinal);
        Assert.Contains("Contributor, Moderator → Contributor, Facilitator, Moderator", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/u/nobody.here")]
    [InlineData("/u/not a name")]
    public async Task ShouldShowNotFoundWhenProfileDoesNotExist(string url)
    {
        var response = await forum.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ShouldShowRolesAndRecentPostsWhenProfileOpened()
    {
        var page = await forum.CreateClient().GetDocumentAsync("/u/lena.v");

        Assert.Equal("Lena Vogt", page.QuerySelector("h1").Text());
        Assert.Contains("Moderator", page.QuerySelectorAll(".role-badge").Select(b => b.Text()));
        Assert.NotEmpty(page.QuerySelectorAll(".recent-posts li a[href^='/t/']"));
    }

    [Fact]
    public async Task ShouldSignOutWhenTheFormIsPosted()
    {
        var browser = forum.CreateBrowserlessClient();
        await browser.SignInWithFormAsync("moshe_f", ForumClient.DemoPassword);
        var home = await browser.GetDocumentAsync("/");
        var token = home.QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = "/" });
        var response = await browser.PostAsync("/account/logout", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await browser.GetDocumentAsync("/")).QuerySelector(".account-menu__me"));
    }

    [Fact]
    public async Task ShouldRefuseSignOutWithoutAntiforgeryToken()
    {
        var browser = forum.CreateBrowserlessClient();
        await browser.SignInWithFormAsync("moshe_f", ForumClient.DemoPassword);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" });
        var response = await browser.PostAsync("/account/logout", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await browser.GetDocumentAsync("/")).QuerySelector(".account-menu__me"));
    }

    [Fact]
    public async Task ShouldRecookFromTheMaintenancePageWhenAdmin()
    {
        var browser = forum.CreateBrowserlessClient();
        await browser.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);

        var response = await browser.SubmitFormAsync("/admin/maintenance", "recook", new Dictionary<string, string>());

        var page = await Html.ParseAsync(response);
        Assert.Matches(@"^Re-cooked [3-9][0-9] posts \(0 changed\) and 10 proposals and annexes \(0 changed\)\.$", System.Text.RegularExpressions.Regex.Replace(page.QuerySelector(".form-success").Text(), @"\s+", " "));
    }
}
