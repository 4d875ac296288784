using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MipForum.Web.Tests.Support;

namespace MipForum.Web.Tests.Pages;

/// <summary>/posts/{id}/history shows each edit as removed and added lines, oldest first.</summary>
public sealed class PostHistoryPageTests(NoEditGraceFactory forum) : IClassFixture<NoEditGraceFactory>
{
    [Fact]
    public async Task ShouldShowRemovedAndAddedLinesWhenAPostWasEdited()
    {
        var api = forum.CreateClient();
        var token = await api.TokenAsync("wei_chen", ForumClient.DemoPassword);
        var (_, postId) = await api.StartThreadAsync(token, "A post that changes its mind", "First line\nThe offboarding should wait\nLast line");
        var edit = await api.SendAsync(HttpMethod.Put, $"/api/v1/posts/{postId}", new { body = "First line\nThe offboarding should go ahead\nLast line", version = 1 }, token);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        var page = await forum.CreateBrowserlessClient().GetDocumentAsync($"/posts/{postId}/history");

        Assert.Equal("History of post #1", page.QuerySelector("h1")!.TextContent.Trim());
        var lines = page.QuerySelectorAll(".diff__line").Select(l => (Kind: l.ClassName!.Split("--")[1], Text: l.TextContent.TrimEnd('\n'))).ToList();
        Assert.Equal(
            [
                ("same", "  First line"),
                ("removed", "− The offboarding should wait"),
                ("added", "+ The offboarding should go ahead"),
                ("same", "  Last line"),
            ],
            lines);
    }
}
