using AngleSharp.Html.Parser;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>The moderate-member page sends what the moderator chose; the member's rules say what is too long.</summary>
public sealed class ModerateMemberPageTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private async Task<string> SanctionAsync(string days, string reason)
    {
        var moderator = forum.CreateClient();
        await moderator.SignInWithFormAsync("lena.v", ForumClient.DemoPassword);
        var response = await moderator.SubmitFormAsync("/u/tkdev/moderate", "sanction-member", new Dictionary<string, string>
        {
            ["Input.Suspend"] = "false",
            ["Input.Days"] = days,
            ["Input.Reason"] = reason,
        });
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return string.Join(" | ", page.QuerySelectorAll("[role=alert], [role=status]").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public async Task ShouldRefuseASilenceLongerThanTenYearsWithTheRulesWordsInsteadOfShorteningIt()
    {
        var shown = await SanctionAsync("99999", "Far too long");

        Assert.Contains("A silence or suspension lasts at most 3650 days.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Silenced until", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseZeroDaysAsAnEndThatIsNotInTheFuture()
    {
        var shown = await SanctionAsync("0", "No time at all");

        Assert.Contains("Choose an end in the future.", shown, StringComparison.Ordinal);
    }
}
