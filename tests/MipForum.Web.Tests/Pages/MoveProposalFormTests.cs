using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>The proposal page's move form preselects nothing and asks before a move that cannot be undone.</summary>
public sealed class MoveProposalFormTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task ShouldPreselectNoStatusAndOfferTheConfirmationWhenTheAuthorOpensTheProposal()
    {
        var page = await (await MoveProposalPage.AuthorAsync(forum)).GetDocumentAsync(MoveProposalPage.Proposal);

        var options = page.QuerySelectorAll("#move-to option");
        Assert.Equal(["", "Withdrawn"], options.Select(o => o.GetAttribute("value")));
        Assert.Null(page.QuerySelector("#move-to option[selected]:not([value=''])"));
        Assert.Contains("cannot be undone", page.QuerySelector("label[for=move-confirm]").Text());

        // An author who is no admin may move it but not override a timing rule (Proposal.MayOverrideRules).
        Assert.Null(page.QuerySelector("#move-override"));

        // The answer to a refused move comes back scrolled to the form, not to the top of a long page.
        Assert.Equal("/proposals/MIP41c5-SP2#move-proposal", page.QuerySelector("#move-proposal form")?.GetAttribute("action"));
    }
}

/// <summary>A final move needs the box ticked; its own forum, because it withdraws the demo's MIP41c5-SP2.</summary>
public sealed class MoveProposalConfirmationTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldRefuseAWithdrawalWithAnInlineMessageWhenNotConfirmedThenWithdrawWhenConfirmed()
    {
        var client = await MoveProposalPage.AuthorAsync(forum);
        var fields = new Dictionary<string, string> { ["Input.To"] = "Withdrawn", ["Input.Reason"] = "Clicked by accident" };

        var refused = await client.SubmitFormAsync(MoveProposalPage.Proposal, "move-proposal", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal("Moving to Withdrawn cannot be undone: tick the box to confirm.", page.QuerySelector(".move-proposal .field__error").Text());
        Assert.Equal("rfc", await MoveProposalPage.StatusAsync(client));

        var nothingChosen = await Html.ParseAsync(await client.SubmitFormAsync(MoveProposalPage.Proposal, "move-proposal", new Dictionary<string, string> { ["Input.Reason"] = "No status" }));
        Assert.Equal("Choose the new status.", nothingChosen.QuerySelector(".move-proposal .field__error").Text());
        Assert.Equal("rfc", await MoveProposalPage.StatusAsync(client));

        fields["Input.ConfirmFinal"] = "true";
        var moved = await client.SubmitFormAsync(MoveProposalPage.Proposal, "move-proposal", fields);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("withdrawn", await MoveProposalPage.StatusAsync(client));
    }
}

/// <summary>The demo proposal both classes open, as its author moshe_f.</summary>
internal static class MoveProposalPage
{
    public const string Proposal = "/proposals/MIP41c5-SP2";

    public static async Task<HttpClient> AuthorAsync(ForumWebFactory forum)
    {
        var client = forum.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInWithFormAsync("moshe_f", ForumClient.DemoPassword)).StatusCode);
        return client;
    }

    public static async Task<string> StatusAsync(HttpClient client)
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/proposals/MIP41c5-SP2", TestContext.Current.CancellationToken);
        return json.GetProperty("status").GetString()!;
    }
}
