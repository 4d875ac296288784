using System.Net.Http.Headers;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>An admin uploads a weight snapshot in the browser: problems by line, or the snapshot listed.</summary>
public sealed class AdminWeightSnapshotsPageTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ShouldListTheFilesProblemsByLineAndImportNothingThenImportTheCleanFile()
    {
        var browser = forum.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await browser.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);

        var refused = await Html.ParseAsync(await UploadAsync(browser, "MKR at block 13,500,000", "userName,weight\nsato-k,12\nghost,1\nsato-k,2\n"));
        Assert.Equal(["Line 3: no member is called @ghost.", "Line 4: @sato-k is already on line 2."], refused.QuerySelectorAll("#snapshot-problems li").Select(li => li.Text()));
        Assert.Equal("None yet.", refused.QuerySelector("h2 + p").Text());

        var imported = await Html.ParseAsync(await UploadAsync(browser, "MKR at block 13,500,000", "sato-k,12.5\namelie.r,0.25\n"));
        Assert.Equal("Imported “MKR at block 13,500,000”: 2 members, 12.75 in all.", imported.QuerySelector(".form-notice").Text());
        Assert.Single(imported.QuerySelectorAll("table tbody tr"));
    }

    [Fact]
    public async Task ShouldNotLetAFacilitatorIn()
    {
        var browser = forum.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await browser.SignInWithFormAsync("govalpha", ForumClient.DemoPassword);

        var response = await browser.GetAsync(new Uri("/admin/weight-snapshots", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string label, string csv)
    {
        var page = await browser.GetDocumentAsync("/admin/weight-snapshots");
        var form = page.QuerySelector("form[enctype='multipart/form-data']")!;
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
        {
            content.Add(new StringContent(hidden.GetAttribute("value") ?? string.Empty), hidden.GetAttribute("name")!);
        }

        content.Add(new StringContent(label), "label");
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "csv", "weights.csv");
        return await browser.PostAsync(new Uri("/admin/weight-snapshots", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}
