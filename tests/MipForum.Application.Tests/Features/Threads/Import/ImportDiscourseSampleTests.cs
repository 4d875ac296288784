using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Features.Threads.Import;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Threads.Import;

/// <summary>The sample topic (tests/fixtures/discourse/sample-topic.json, a copy of the shared sample) imported and read back.</summary>
public sealed class ImportDiscourseSampleTests
{
    [Fact]
    public async Task ShouldStoreEveryPostWithItsAuthorTimeReplyLikesAndEditStateWhenTheSampleIsImported()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var report = await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));

        var topic = Assert.Single(report.Topics);
        Assert.Equal(TopicOutcome.Created, topic.Outcome);
        Assert.Equal([1, 2, 3, 4], topic.Posts.Select(p => p.Number!.Value));
        Assert.All(topic.Posts, p => Assert.Equal(PostOutcome.Imported, p.Outcome));
        Assert.Equal(3, report.PlaceholdersCreated);

        var thread = await forum.Host.ThreadAsync(4242);
        Assert.Equal("MIP41c4-SP99: Facilitator Onboarding (XYZ-001)", thread.Title);
        Assert.Equal(["mip41", "xyz-001", "onboarding"], thread.Tags);
        Assert.Equal("https://forum.example.org/t/mip41c4-sp99-facilitator-onboarding-xyz-001/4242", thread.OriginUrl);
        Assert.Equal(new DateTimeOffset(2023, 3, 6, 10, 15, 0, TimeSpan.Zero), thread.CreatedAt);
        Assert.Equal(new DateTimeOffset(2023, 3, 7, 8, 0, 0, TimeSpan.Zero), thread.LastActivityAt);
        var posts = thread.Posts.OrderBy(p => p.Number).ToList();
        Assert.Equal(["alice_facilitator", "bob", "alice_facilitator", "carol"], posts.Select(p => p.Author.UserName));
        Assert.Equal(["Alice", "Bob", "Alice", "Carol"], posts.Select(p => p.Author.DisplayName));
        Assert.Equal(posts[0].CreatedAt, posts[0].Author.JoinedAt);
        Assert.Equal([70001L, 70002, 70003, 70004], posts.Select(p => p.OriginId!.Value));
        Assert.Equal("https://forum.example.org/t/mip41c4-sp99-facilitator-onboarding-xyz-001/4242/3", posts[2].OriginUrl);
        Assert.Equal([null, null, 2, 3], posts.Select(p => p.ReplyToNumber));
        Assert.Equal([3, 0, 1, 0], posts.Select(p => p.LikeCount));
        Assert.NotNull(posts[0].EditedAt);
        Assert.Null(posts[1].EditedAt);
        Assert.Equal(new DateTimeOffset(2023, 3, 6, 12, 40, 0, TimeSpan.Zero), posts[1].CreatedAt);
    }

    [Fact]
    public async Task ShouldReadTheSameAsTheOriginalWhenEachPostsTextIsCompared()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var originals = DiscourseTopicReader.Read(DiscourseFixtures.File("sample-topic.json").Json).Posts;

        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));

        var thread = await forum.Host.ThreadAsync(4242);
        foreach (var original in originals)
        {
            var post = thread.Posts.Single(p => p.OriginNumber == original.Number);
            Assert.Equal(ReadText(original.Cooked!), ReadText(post.Cooked));
        }

        // The exact characters, not only their look: dashes, accents and arrows are stored as written.
        Assert.Contains("Thanks — that answers it. Déjà vu from the RWF discussion → good to see it done right this time.", thread.Posts.Single(p => p.Number == 4).Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldLinkTheQuoteMentionAndEmojiToThisForumWhenPostsAreCooked()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));

        var thread = await forum.Host.ThreadAsync(4242);
        var posts = thread.Posts.OrderBy(p => p.Number).ToList();
        Assert.Contains("<a class=\"mention\" href=\"/u/alice_facilitator\">@alice_facilitator</a>", posts[1].Cooked, StringComparison.Ordinal);
        Assert.Contains("🙂", posts[1].Cooked, StringComparison.Ordinal);
        Assert.Contains($"[quote=\"bob, post:2, topic:{thread.Id}\"]", posts[2].Raw, StringComparison.Ordinal);
        Assert.Contains($"href=\"/t/{thread.Id}/posts/2\"", posts[2].Cooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldChangeNothingWhenTheSameTopicIsImportedAgain()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));
        var membersBefore = await forum.Host.ReadAsync(db => db.Members.CountAsync(TestContext.Current.CancellationToken));

        var again = await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));

        var topic = Assert.Single(again.Topics);
        Assert.Equal(TopicOutcome.Unchanged, topic.Outcome);
        Assert.All(topic.Posts, p => Assert.Equal(PostOutcome.Unchanged, p.Outcome));
        Assert.Equal(0, again.PlaceholdersCreated);
        Assert.Equal(membersBefore, await forum.Host.ReadAsync(db => db.Members.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(1, await forum.Host.ReadAsync(db => db.Threads.CountAsync(t => t.OriginId == 4242, TestContext.Current.CancellationToken)));
        Assert.Equal(4, await forum.Host.ReadAsync(db => db.Posts.CountAsync(p => p.Thread.OriginId == 4242, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ShouldLinkTheThreadToTheProposalItsTitleNamesWhenThatProposalIsHere()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var first = await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));
        Assert.True(Assert.Single(first.Topics).Notes.Any(n => n.Contains("MIP41c4-SP99, which is not a published proposal here", StringComparison.Ordinal)), string.Join(" / ", first.Topics[0].Notes));
        Assert.Null((await forum.Host.ThreadAsync(4242)).ProposalId);
        await forum.Host.ArrangeAsync(async (db, services) =>
        {
            var builder = new ForumBuilder(db, services, forum.Host.Time.Now);
            var mip41 = await db.Proposals.Include(p => p.Author).SingleAsync(p => p.Code == "MIP41", TestContext.Current.CancellationToken);
            var component = await builder.ProposalAsync("MIP41c4", mip41, mip41.Author, ProposalStatus.Accepted);
            await builder.ProposalAsync("MIP41c4-SP99", component, mip41.Author, ProposalStatus.Rfc);
        });

        var again = await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));

        Assert.Equal(TopicOutcome.Updated, Assert.Single(again.Topics).Outcome);
        var thread = await forum.Host.ThreadAsync(4242);
        var linked = await forum.Host.ReadAsync(db => db.Proposals.SingleAsync(p => p.Id == thread.ProposalId, TestContext.Current.CancellationToken));
        Assert.Equal("MIP41c4-SP99", linked.Code);
    }

    /// <summary>What a reader reads: the text of the HTML, with Discourse's emoji images as their characters and quote titles left out (each forum words them its own way).</summary>
    internal static string ReadText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var emoji in document.QuerySelectorAll("img.emoji").ToList())
        {
            var shortcode = emoji.GetAttribute("alt") ?? string.Empty;
            emoji.Replace(document.CreateTextNode(Markdig.Extensions.Emoji.EmojiMapping.GetDefaultEmojiShortcodeToUnicode().TryGetValue(shortcode, out var character)
                ? character
                : shortcode == ":slight_smile:" ? "🙂" : shortcode));
        }

        foreach (var title in document.QuerySelectorAll(".title, .quote__title").ToList())
        {
            title.Remove();
        }

        return string.Join(' ', document.Body!.TextContent.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }
}
