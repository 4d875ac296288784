using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Common;

namespace MipForum.Application.Tests.Features.Moderation;

/// <summary>The new-account link rule sees every link leaving the forum and every image, whatever its form, on edits too.</summary>
public sealed class NewAccountLinkRuleTests
{
    private static readonly Dictionary<string, string?> Strict = new()
    {
        ["Forum:Moderation:NewAccountPostsWithoutLinks"] = "2",
    };

    [Theory]
    [InlineData("Great deals at [shop](//evil.example)")]
    [InlineData("Great deals at [shop](HTTPS://evil.example)")]
    [InlineData("Great deals at <https://evil.example/deal>")]
    [InlineData("Great deals at www.evil.example today")]
    [InlineData("Great deals at [shop][1]\n\n[1]: //evil.example")]
    [InlineData("Great deals ![banner](//evil.example/banner.png)")]
    [InlineData("Great deals ![banner](/uploads/banner.png)")]
    [InlineData("Write to [me](mailto:deals@evil.example)")]
    public async Task ShouldRefuseAnExternalLinkOrImageFromANewAccountInAnyForm(string body)
    {
        var forum = await DiscussionFixture.StartAsync(Strict);
        await using var host = forum.Host;

        var refused = await Assert.ThrowsAsync<NotPermittedException>(() => host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, body), asMember: forum.Other));

        Assert.Contains("links to other sites or images", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldLetANewAccountLinkWithinTheForum()
    {
        var forum = await DiscussionFixture.StartAsync(Strict);
        await using var host = forum.Host;

        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "As @amelie.r said in [the first post](/t/1/posts/1) about MIP41 (see #notes)."), asMember: forum.Other);

        var stored = (await forum.PostsAsync()).Single(p => p.Id == reply.Id);
        Assert.Contains("href=\"/t/1/posts/1\"", stored.Cooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseALinkANewAccountAddsByEditingAnAcceptedPost()
    {
        var forum = await DiscussionFixture.StartAsync(Strict);
        await using var host = forum.Host;
        var reply = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "An innocent first post."), asMember: forum.Other);

        var refused = await Assert.ThrowsAsync<NotPermittedException>(() =>
            host.SendAsync(new EditPostCommand(reply.Id, "An innocent first post. [Cheap tokens](//evil.example)", 1), asMember: forum.Other));

        Assert.Contains("links to other sites or images", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", (await forum.PostsAsync()).Single(p => p.Id == reply.Id).Cooked, StringComparison.Ordinal);
        await host.SendAsync(new EditPostCommand(reply.Id, "An innocent first post, edited without links.", 1), asMember: forum.Other);
    }
}
