using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>A delegate's public page, and delegating or revoking from it in a browser.</summary>
public sealed class DelegatePageTests(ForumWebFactory forum)
{
    [Fact]
    public async Task ShouldDelegateFromTheDelegatesPageAndListTheDelegatorPubliclyUntilRevoked()
    {
        var browser = forum.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await browser.SignInWithFormAsync("moshe_f", ForumClient.DemoPassword);

        var delegated = await Html.ParseAsync(await browser.SubmitFormAsync("/delegates/lena.v", "delegate", new Dictionary<string, string>()));
        Assert.Equal("Your weight is delegated to @lena.v.", delegated.QuerySelector(".form-notice").Text());
        var anonymous = await forum.CreateClient().GetDocumentAsync("/delegates/lena.v");
        Assert.Contains("@moshe_f", anonymous.QuerySelector("table").Text(), StringComparison.Ordinal);
        Assert.Null(anonymous.QuerySelector("main form"));

        var revoked = await Html.ParseAsync(await browser.SubmitFormAsync("/delegates/lena.v", "revoke-delegation", new Dictionary<string, string>()));
        Assert.StartsWith("Your delegation is revoked", revoked.QuerySelector(".form-notice").Text(), StringComparison.Ordinal);
        Assert.Contains("Nobody delegates to @lena.v.", revoked.QuerySelector("section").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseDelegatingToOneselfInline()
    {
        var browser = forum.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await browser.SignInWithFormAsync("wei_chen", ForumClient.DemoPassword);

        var page = await Html.ParseAsync(await browser.SubmitFormAsync("/delegates/wei_chen", "delegate", new Dictionary<string, string>()));

        Assert.Equal("You cannot delegate to yourself.", page.QuerySelector("[role=alert]").Text());
    }
}
