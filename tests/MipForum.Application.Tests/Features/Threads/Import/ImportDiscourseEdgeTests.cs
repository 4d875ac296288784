using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Features.Threads.Import;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Moderation;

namespace MipForum.Application.Tests.Features.Threads.Import;

/// <summary>What real exports bring beyond the fixtures: pages of posts, names in other cases, reserved names, posts hidden later, odd markup.</summary>
public sealed class ImportDiscourseEdgeTests
{
    private static JsonObject Topic(long id, string title, params JsonObject[] posts) => new()
    {
        ["id"] = id,
        ["title"] = title,
        ["slug"] = "a-topic",
        ["created_at"] = "2024-01-01T00:00:00Z",
        ["post_stream"] = new JsonObject { ["posts"] = new JsonArray(posts) },
    };

    private static JsonObject Post(long id, int number, string user, string raw, string? cooked = null, int version = 1) => new()
    {
        ["id"] = id,
        ["post_number"] = number,
        ["username"] = user,
        ["created_at"] = $"2024-01-0{Math.Min(number, 9)}T10:00:00Z",
        ["version"] = version,
        ["raw"] = raw,
        ["cooked"] = cooked ?? $"<p>{raw}</p>",
    };

    private static ImportDiscourseCommand Import(params JsonObject[] topics) =>
        new([.. topics.Select((t, i) => new DiscourseTopicFile($"file{i}.json", t.ToJsonString()))], "mips", DiscourseFixtures.Source);

    [Fact]
    public async Task ShouldReadAPageOfPostsWithoutATitleTogetherWithTheTopicsFirstPage()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var rich = JsonNode.Parse(DiscourseFixtures.File("rich-topic.json").Json)!.AsObject();
        var posts = rich["post_stream"]!["posts"]!.AsArray();
        var firstPage = JsonNode.Parse(rich.ToJsonString())!.AsObject();
        firstPage["post_stream"]!["posts"] = new JsonArray(posts.Take(2).Select(p => p!.DeepClone()).ToArray());
        var secondPage = new JsonObject { ["id"] = 5150, ["post_stream"] = new JsonObject { ["posts"] = new JsonArray(posts.Skip(2).Select(p => p!.DeepClone()).ToArray()) } };

        var report = await forum.Host.SendAsSystemAsync(new ImportDiscourseCommand(
            [new("page2.json", secondPage.ToJsonString()), new("page1.json", firstPage.ToJsonString())], "mips", DiscourseFixtures.Source));

        var topic = Assert.Single(report.Topics);
        Assert.Equal(TopicOutcome.Created, topic.Outcome);
        Assert.Equal("Déjà vu: Zoë's notes on the RWF-001 budget", topic.Title);
        Assert.Equal(4, (await forum.Host.ThreadAsync(5150)).PostCount);
    }

    [Fact]
    public async Task ShouldFailATopicWhoseFilesHaveNoTitleAndSaySo()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var page = new JsonObject { ["id"] = 77, ["post_stream"] = new JsonObject { ["posts"] = new JsonArray(Post(1, 1, "ann", "Hello there, everyone.")) } };

        var report = await forum.Host.SendAsSystemAsync(new ImportDiscourseCommand([new("page.json", page.ToJsonString())], "mips", DiscourseFixtures.Source));

        var topic = Assert.Single(report.Topics);
        Assert.Equal(TopicOutcome.Failed, topic.Outcome);
        Assert.Contains("first page", Assert.Single(topic.Notes), StringComparison.Ordinal);
        Assert.Equal(0, await forum.Host.ReadAsync(db => db.Threads.CountAsync(t => t.OriginId == 77, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ShouldFindTheSamePlaceholderWhateverTheCaseOfTheName()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsSystemAsync(Import(Topic(1, "First topic of the import", Post(11, 1, "Ingrid", "Hello from Ingrid, the first."))));
        await forum.Host.SendAsSystemAsync(Import(Topic(2, "Second topic of the import", Post(21, 1, "ingrid", "Hello again, same person."))));

        var authors = await forum.Host.ReadAsync(db => db.Posts.Where(p => p.Thread.OriginId == 1 || p.Thread.OriginId == 2).Select(p => p.AuthorId).Distinct().ToListAsync(TestContext.Current.CancellationToken));
        Assert.Single(authors);
    }

    [Fact]
    public async Task ShouldNotGiveAPlaceholderAReservedName()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsSystemAsync(Import(Topic(3, "A topic opened by the system user", Post(31, 1, "system", "Welcome to the forum, read the rules."), Post(32, 2, "admin", "And ask the admins."))));

        var names = (await forum.Host.ThreadAsync(3)).Posts.OrderBy(p => p.Number).Select(p => p.Author.UserName).ToList();
        Assert.DoesNotContain("system", names);
        Assert.DoesNotContain("admin", names);
        Assert.Equal(["system_2", "admin_2"], names);
    }

    [Fact]
    public async Task ShouldHideAnImportedPostThatWasHiddenThereSinceAndLogIt()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsSystemAsync(Import(Topic(4, "A topic where a post gets flagged", Post(41, 1, "ann", "Opening words of the topic."), Post(42, 2, "ben", "Something rude."))));
        var flagged = Post(42, 2, "ben", "Something rude.");
        flagged["hidden"] = true;

        var report = await forum.Host.SendAsSystemAsync(Import(Topic(4, "A topic where a post gets flagged", Post(41, 1, "ann", "Opening words of the topic."), flagged)));

        Assert.Equal(PostOutcome.Hidden, Assert.Single(report.Topics).Posts.Single(p => p.OriginNumber == 2).Outcome);
        var post = (await forum.Host.ThreadAsync(4)).Posts.Single(p => p.Number == 2);
        Assert.NotNull(post.HiddenAt);
        var entry = await forum.Host.ReadAsync(db => db.ModerationLog.AsNoTracking().SingleAsync(e => e.TargetId == post.Id, TestContext.Current.CancellationToken));
        Assert.Equal(ModerationAction.HidePost, entry.Action);
        Assert.Null(entry.ModeratorId);
    }

    [Fact]
    public async Task ShouldReviseOnlyWhenTheOriginalsVersionWentUp()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsSystemAsync(Import(Topic(5, "A topic whose post is edited", Post(51, 1, "ann", "Version one of the text."))));

        var same = await forum.Host.SendAsSystemAsync(Import(Topic(5, "A topic whose post is edited", Post(51, 1, "ann", "Different text, same version."))));
        var edited = await forum.Host.SendAsSystemAsync(Import(Topic(5, "A topic whose post is edited", Post(51, 1, "ann", "Version two of the text.", version: 2))));

        Assert.Equal(PostOutcome.Unchanged, Assert.Single(same.Topics).Posts.Single().Outcome);
        Assert.Equal(PostOutcome.Revised, Assert.Single(edited.Topics).Posts.Single().Outcome);
        var post = (await forum.Host.ThreadAsync(5)).Posts.Single();
        Assert.Equal("Version two of the text.", post.Raw);
        Assert.Equal("Version one of the text.", Assert.Single(post.Revisions).Raw);
    }

    [Fact]
    public async Task ShouldKeepAMentionInsideAnUploadLinkWithinTheOneCodeSpan()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsSystemAsync(Import(Topic(6, "A topic with an attachment link", Post(61, 1, "ann", "See [@nobody's notes.pdf|attachment](upload://notes.pdf) please."))));

        var post = (await forum.Host.ThreadAsync(6)).Posts.Single();
        Assert.Equal("See ` [@nobody's notes.pdf|attachment](upload://notes.pdf) ` please.", post.Raw);
    }

    [Fact]
    public async Task ShouldLinkAFirstPostsQuoteOfItsOwnTopicOnceTheThreadHasItsId()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsSystemAsync(Import(Topic(9, "A topic whose first post quotes itself",
            Post(91, 1, "ann", "Summary first.\n\n[quote=\"ann, post:1, topic:9\"]\nSummary first.\n[/quote]"))));

        var thread = await forum.Host.ThreadAsync(9);
        var first = thread.Posts.Single();
        Assert.Contains($"[quote=\"ann, post:1, topic:{thread.Id}\"]", first.Raw, StringComparison.Ordinal);
        Assert.Contains($"href=\"/t/{thread.Id}/posts/1\"", first.Cooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldLinkAQuoteOfAnotherImportedTopicToItsThreadAndNumberHere()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("sample-topic.json"));

        await forum.Host.SendAsSystemAsync(Import(Topic(10, "A topic quoting the onboarding one",
            Post(101, 1, "ann", "[quote=\"bob, post:2, topic:4242\"]\nWill the budget MIP follow?\n[/quote]\n\nIt did."))));

        var quoted = await forum.Host.ThreadAsync(4242);
        var post = (await forum.Host.ThreadAsync(10)).Posts.Single();
        Assert.StartsWith($"[quote=\"bob, post:2, topic:{quoted.Id}\"]", post.Raw, StringComparison.Ordinal);
        Assert.Contains($"href=\"/t/{quoted.Id}/posts/2\"", post.Cooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldNameAQuotesAuthorByTheirUsernamePartWhenDiscourseShowsFullNames()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsSystemAsync(Import(Topic(7, "A topic quoted with full names",
            Post(71, 1, "sato-k", "The first statement of the topic."),
            Post(72, 2, "ann", "[quote=\"Kenji Satō, post:1, topic:7, username:sato-k\"]\nThe first statement of the topic.\n[/quote]\n\nAgreed.", "<p>quote</p>"))));

        var thread = await forum.Host.ThreadAsync(7);
        var reply = thread.Posts.Single(p => p.Number == 2);

        // sato-k is a member here; the Discourse sato-k is the placeholder sato-k_2, and the quote names them.
        Assert.StartsWith($"[quote=\"sato-k_2, post:1, topic:{thread.Id}\"]", reply.Raw, StringComparison.Ordinal);
        Assert.Contains("sato-k_2 said:", reply.Cooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldReadCookedTablesPunctuationAndListLikeTextBackAsWritten()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var post = Post(81, 1, "ann", "unused");
        post.Remove("raw");
        post["cooked"] = "<p>1. not a list, just a year. Wow!<a href=\"https://example.org/x.png\">link</a></p><table><tr><th>a|b</th><th>c</th></tr><tr><td>1</td><td>2</td></tr></table><p><code>a `` b</code> <img src=\"/uploads/default/x.png\" alt=\"shot\"></p>";

        await forum.Host.SendAsSystemAsync(Import(Topic(8, "A topic exported without raw text", post)));

        var stored = (await forum.Host.ThreadAsync(8)).Posts.Single();
        Assert.Contains("<p>1. not a list, just a year. Wow!<a href=\"https://example.org/x.png\"", stored.Cooked, StringComparison.Ordinal);
        Assert.Contains("<th>a|b</th>", stored.Cooked, StringComparison.Ordinal);
        Assert.Contains("<code>a `` b</code>", stored.Cooked, StringComparison.Ordinal);
        Assert.Contains("<code>![shot](/uploads/default/x.png)</code>", stored.Cooked, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", stored.Cooked, StringComparison.Ordinal);
    }
}
