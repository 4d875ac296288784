using System.Net;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Accounts;

/// <summary>A failed sign-in or registration comes back without the password anywhere in the page.</summary>
public sealed class PasswordNotEchoedTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldNotRenderThePasswordWhenSignInFails()
    {
        const string password = "wrong-but-secret-9f3k";
        var response = await forum.CreateBrowserlessClient().SignInWithFormAsync("sato-k", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("The user name or password is not right.", html);
        Assert.DoesNotContain(password, html);
        var box = (await Html.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) })).QuerySelector("input[name='Input.Password']");
        Assert.Equal("password", box?.GetAttribute("type"));
        Assert.False(box!.HasAttribute("value"));
    }

    [Fact]
    public async Task ShouldNotRenderEitherPasswordWhenRegistrationFails()
    {
        const string password = "register-secret-7hq2x";
        var response = await forum.CreateBrowserlessClient().SubmitFormAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.UserName"] = "amelie.r",
            ["Input.Email"] = "echo@example.org",
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password + "-other",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("echo@example.org", html);
        Assert.DoesNotContain(password, html);
        var page = await Html.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) });
        foreach (var name in new[] { "Input.Password", "Input.ConfirmPassword" })
        {
            var box = page.QuerySelector($"input[name='{name}']");
            Assert.Equal("password", box?.GetAttribute("type"));
            Assert.False(box!.HasAttribute("value"), name);
        }
    }
}
