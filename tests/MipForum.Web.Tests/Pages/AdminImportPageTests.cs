using System.IO.Compression;
using System.Net;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>An admin uploads a zip of the sample MIPs folder and reads the import report on the page.</summary>
public sealed class AdminImportPageTests(AccountsFactory forum) : IClassFixture<AccountsFactory>
{
    private static byte[] SampleZip()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "mips-sample");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                zip.CreateEntryFromFile(path, "mips-master/" + Path.GetRelativePath(root, path).Replace('\\', '/'));
            }
        }

        return buffer.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] archive)
    {
        var page = await client.GetDocumentAsync("/admin/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent("import-mips"), "_handler" },
            { new StringContent(page.AntiforgeryToken() ?? string.Empty), "__RequestVerificationToken" },
            { new ByteArrayContent(archive), "archive", "mips.zip" },
        };
        return await client.PostAsync("/admin/import", content, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ShouldImportAnUploadedArchiveAndShowTheReport()
    {
        var client = forum.CreateClient();
        await client.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);

        var response = await UploadAsync(client, SampleZip());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("8 files read:", html, StringComparison.Ordinal);
        Assert.Contains("mips-master/MIP41/MIP41c5-Subproposals/MIP41c5-SP1.md", html, StringComparison.Ordinal);
        Assert.Contains("read as year-day-month", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldSayWhenTheUploadIsNotAZip()
    {
        var client = forum.CreateClient();
        await client.SignInWithFormAsync(AccountsFactory.AdminName, AccountsFactory.AdminPassword);

        var response = await UploadAsync(client, "not a zip"u8.ToArray());

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(html.Contains("That file is not a zip archive.", StringComparison.Ordinal), html.Length > 3000 ? html[^3000..] : html);
    }

    [Fact]
    public async Task ShouldKeepTheImportPageFromNonAdmins()
    {
        var client = forum.CreateClient();
        await client.SignInWithFormAsync("moshe_f", ForumClient.DemoPassword);

        var response = await client.GetAsync("/admin/import", TestContext.Current.CancellationToken);

        Assert.Equal("/account/access-denied", response.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
