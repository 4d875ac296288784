using Microsoft.Playwright;
using MipForum.EndToEnd.Support;

namespace MipForum.EndToEnd.Journeys;

/// <summary>
/// The like buttons are sent by a page script, not an island: a refused like must still say why beside the button, offer
/// the remedy, leave the post unliked, and work again once the remedy is taken.
/// </summary>
public sealed class LikeRefusalJourney(ForumServer server) : IClassFixture<ForumServer>
{
    private const string Thread = "Weekly governance call notes — how should we publish them?";

    [Fact]
    public async Task ShouldSayBesideTheButtonThatTheSessionEndedAndLikeOnceSignedInAgain()
    {
        await using var tab = await BrowserPage.OpenAsync(server);
        await tab.SignInAsync("amelie.r");
        var page = tab.Page;
        await page.GotoAsync("/");
        await page.Locator(".thread-row__title", new() { HasText = Thread }).ClickAsync();
        await page.Locator(".thread-header").WaitForAsync();
        var postId = await page.Locator("article.post", new() { Has = page.Locator(".like-button:not([disabled])") }).First.GetAttributeAsync("id");
        var post = page.Locator($"#{postId}"); // by its id: while a like is sent its button is disabled

        // The session ends in another tab (sign-out, an expired cookie): the page still shows the button.
        await page.Context.ClearCookiesAsync();
        await post.Locator(".like-button").ClickAsync();

        var alert = post.Locator(".like-button__error[role=alert]");
        await Assertions.Expect(alert).ToContainTextAsync("You need to sign in to do this.");
        await Assertions.Expect(alert).ToHaveAttributeAsync("data-remedy", "sign-in");
        await Assertions.Expect(post.Locator(".like-button")).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(post.Locator(".like-button")).ToBeEnabledAsync();
        await tab.ScreenshotAsync("like-refused");

        // The remedy is a link to sign in that comes back to the thread, where the like now goes through.
        await alert.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await tab.SubmitSignInAsync("amelie.r");
        await page.Locator(".thread-header").WaitForAsync();
        await post.Locator(".like-button:not([disabled])").ClickAsync();
        await Assertions.Expect(post.Locator(".like-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(post.Locator(".like-button__error")).ToHaveCountAsync(0);
    }
}
