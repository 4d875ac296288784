using System.Net;
using System.Net.Http.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>
/// The Discourse import as people meet it: an admin uploads topic files on /admin/import and reads the report, the
/// thread shows where it came from, a placeholder's profile says nobody can sign in as it, and an admin gives its
/// posts to a member there (or through the API).
/// </summary>
public sealed class DiscourseImportPagesTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "discourse", name));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string source, params (string Name, byte[] Bytes)[] files)
    {
        var page = await client.GetDocumentAsync("/admin/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent("import-discourse"), "_handler" },
            { new StringContent(page.AntiforgeryToken() ?? string.Empty), "__RequestVerificationToken" },
            { new StringContent(source), "source" },
            { new StringContent("general"), "category" },
        };
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "topics", name);
        }

        return await client.PostAsync("/admin/import", content, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ShouldImportUploadedTopicsAndShowTheReportWithEveryPost()
    {
        var client = forum.CreateClient();
        await client.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);

        var response = await UploadAsync(client, "https://upload.example.org", ("rich-topic.json", Fixture("rich-topic.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("1 topics: 1 created", html, StringComparison.Ordinal);
        Assert.Contains("post 5 → #3 by sato-k_2: Imported", html, StringComparison.Ordinal);
        Assert.Contains("A whisper: only staff saw it", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldSayWhatIsWrongWhenTheSourceIsNotAnAddress()
    {
        var client = forum.CreateClient();
        await client.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);

        var response = await UploadAsync(client, "forum.makerdao", ("sample-topic.json", Fixture("sample-topic.json")));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Give the address of the forum the topics come from", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldShowTheOriginOnTheThreadAndThePlaceholderOnItsProfile()
    {
        var admin = forum.CreateClient();
        await admin.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        var report = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await (await UploadAsync(admin, "https://origin.example.org", ("sample-topic.json", Fixture("sample-topic.json")))).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var threadLink = report.QuerySelector(".import-discourse .import-report a[href^='/t/']")!.GetAttribute("href")!;
        var reader = forum.CreateClient();

        var thread = await reader.GetDocumentAsync(threadLink);
        var profile = await reader.GetDocumentAsync("/u/carol");

        Assert.Equal("https://origin.example.org/t/mip41c4-sp99-facilitator-onboarding-xyz-001/4242", thread.QuerySelector(".thread-header__origin")!.GetAttribute("href"));
        Assert.Equal("https://origin.example.org/t/mip41c4-sp99-facilitator-onboarding-xyz-001/4242/4", thread.QuerySelectorAll(".post__origin")[^1].GetAttribute("href"));
        var origin = Assert.Single(profile.QuerySelectorAll(".imported-author"));
        Assert.Contains("nobody can sign in as it", origin.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://origin.example.org/u/carol", origin.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(profile.QuerySelector("#claim-member"));
        var member = forum.CreateClient();
        await member.SignInWithFormAsync("moshe_f", ForumClient.DemoPassword);
        Assert.Null((await member.GetDocumentAsync("/u/carol")).QuerySelector("#claim-member"));
    }

    [Fact]
    public async Task ShouldGiveAPlaceholdersPostsToAMemberWhenAnAdminSendsTheProfileForm()
    {
        var admin = forum.CreateClient();
        await admin.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);
        await UploadAsync(admin, "https://claim.example.org", ("rich-topic.json", Fixture("rich-topic.json")));
        var profile = await admin.GetDocumentAsync("/u/li_lei");
        Assert.NotNull(profile.QuerySelector("#claim-member"));

        var response = await admin.PostAsync("/u/li_lei", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "claim-author",
            ["__RequestVerificationToken"] = profile.AntiforgeryToken() ?? string.Empty,
            ["Claim.Member"] = "moshe_f",
            ["Claim.Reason"] = "Moshe posted there as li_lei; he showed the account's e-mail.",
        }), TestContext.Current.CancellationToken);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(html.Contains("Done: 1 posts and 0 threads are now @moshe_f's.", StringComparison.Ordinal), html.Length > 4000 ? html[^4000..] : html);
        var log = WebUtility.HtmlDecode(await (await forum.CreateClient().GetAsync("/moderation-log", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Gave the imported posts of", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseTheClaimApiToAMemberWhoIsNotAnAdmin()
    {
        var client = forum.CreateClient();
        var token = await client.TokenAsync("moshe_f", ForumClient.DemoPassword);

        var response = await client.SendAsync(HttpMethod.Post, "/api/v1/users/carol/claim", new { member = "moshe_f", reason = "It is me." }, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
