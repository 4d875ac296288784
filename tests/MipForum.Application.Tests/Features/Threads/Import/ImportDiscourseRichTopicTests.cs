using Microsoft.EntityFrameworkCore;
using MipForum.Application.Features.Threads.Import;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Threads.Import;

/// <summary>
/// A topic written to exercise what real topics hold (tests/fixtures/discourse/rich-topic.json): nested lists, a table,
/// code with look-alike syntax, a fold, emoji, non-ASCII names, an upload, a whisper, a topic event, a gap in the
/// numbers, a post with only cooked HTML, a deleted post, and an author whose name is taken here.
/// </summary>
public sealed class ImportDiscourseRichTopicTests
{
    [Fact]
    public async Task ShouldNumberWithoutGapsAndSkipWhispersAndEventsWithAReasonWhenTheTopicIsImported()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var report = await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic.json"));

        var topic = Assert.Single(report.Topics);
        Assert.Equal(TopicOutcome.Created, topic.Outcome);
        Assert.Equal([(1, 1), (2, 2), (5, 3), (6, 4)], topic.Posts.Where(p => p.Outcome == PostOutcome.Imported).Select(p => (p.OriginNumber, p.Number!.Value)));
        var skipped = topic.Posts.Where(p => p.Outcome == PostOutcome.Skipped).ToList();
        Assert.Equal([3, 7], skipped.Select(p => p.OriginNumber));
        Assert.Contains("whisper", skipped[0].Notes.Single(), StringComparison.Ordinal);
        Assert.Contains("topic event", skipped[1].Notes.Single(), StringComparison.Ordinal);
        Assert.Contains(topic.Notes, n => n.Contains("Tags not kept", StringComparison.Ordinal) && n.Contains("not a tag!", StringComparison.Ordinal));
        var thread = await forum.Host.ThreadAsync(5150);
        Assert.Equal("Déjà vu: Zoë's notes on the RWF-001 budget", thread.Title);
        Assert.Equal(["budget", "rwf-001", "offboarding", "q1", "q2"], thread.Tags);
        Assert.Equal(4, thread.PostCount);
        Assert.DoesNotContain(thread.Posts, p => p.Raw.Contains("Staff only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldGiveATakenNameAnotherPlaceholderAndKeepNonAsciiNamesWhenAuthorsAreResolved()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var report = await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic.json"));

        var thread = await forum.Host.ThreadAsync(5150);
        var byNumber = thread.Posts.ToDictionary(p => p.Number);
        Assert.Equal("zoe_m", byNumber[1].Author.UserName);
        Assert.Equal("Zoë Müller", byNumber[1].Author.DisplayName);
        Assert.Equal("李雷", byNumber[2].Author.DisplayName);

        // sato-k is a member here already: the Discourse sato-k is not assumed to be them.
        Assert.Equal("sato-k_2", byNumber[3].Author.UserName);
        Assert.NotEqual(forum.Other, byNumber[3].AuthorId);
        Assert.Equal("sato-k", byNumber[3].Author.OriginUserName);
        Assert.Contains(Assert.Single(report.Topics).Notes, n => n.Contains("@sato-k_2", StringComparison.Ordinal));

        // Placeholders have no account to sign in with.
        var placeholderIds = thread.Posts.Select(p => p.AuthorId).Distinct().ToList();
        Assert.Equal(0, await forum.Host.ReadAsync(db => db.Set<Infrastructure.Identity.ForumUser>().CountAsync(u => placeholderIds.Contains(u.Id), TestContext.Current.CancellationToken)));
        Assert.All(thread.Posts, p => Assert.True(p.Author.IsPlaceholder));
    }

    [Fact]
    public async Task ShouldRenderTablesListsCodeFoldsAndEmojiAsTheOriginalDidWhenPostOneIsCooked()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic.json"));

        var first = (await forum.Host.ThreadAsync(5150)).Posts.Single(p => p.Number == 1);
        Assert.Contains("<table>", first.Cooked, StringComparison.Ordinal);
        Assert.Contains("<td>李雷</td>", first.Cooked, StringComparison.Ordinal);
        Assert.Contains("<li>multisig</li>", first.Cooked, StringComparison.Ordinal);
        Assert.Contains("<details>", first.Cooked, StringComparison.Ordinal);
        Assert.Contains("<summary>Budget breakdown</summary>", first.Cooked, StringComparison.Ordinal);
        Assert.Contains("🎉", first.Cooked, StringComparison.Ordinal);

        // Inside code nothing is a mention or a quote: the text stays as written.
        Assert.Contains("// not a mention: @bob", first.Cooked, StringComparison.Ordinal);
        Assert.Contains("预算已经确认。Naïve façade, coöperate — ½ done.", first.Text, StringComparison.Ordinal);
        Assert.Contains("// not a mention: @bob", first.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldReadTheSameAsDiscourseShowedItWhenTheRichFirstPostIsCompared()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var original = DiscourseTopicReader.Read(DiscourseFixtures.File("rich-topic.json").Json).Posts.Single(p => p.Number == 1);

        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic.json"));

        // Headings, nested lists, the table, the code, the fold, the emoji and the text in three scripts, as a reader reads them.
        var first = (await forum.Host.ThreadAsync(5150)).Posts.Single(p => p.Number == 1);
        Assert.Equal(ImportDiscourseSampleTests.ReadText(original.Cooked!), ImportDiscourseSampleTests.ReadText(first.Cooked));
    }

    [Fact]
    public async Task ShouldKeepUploadsAndUnknownEmojiAsTextAndUnlinkUnknownNamesWithANoteWhenAReplyIsImported()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var report = await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic.json"));

        var thread = await forum.Host.ThreadAsync(5150);
        var reply = thread.Posts.Single(p => p.Number == 2);
        Assert.Equal(1, reply.ReplyToNumber);
        Assert.Contains("<code>![diagram|690x388](upload://a1b2c3.png)</code>", reply.Cooked, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", reply.Cooked.Replace("👍", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(":partyparrot:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("@nobody_here is not a member there.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/u/nobody_here", reply.Cooked, StringComparison.Ordinal);
        Assert.Contains("href=\"/u/zoe_m\"", reply.Cooked, StringComparison.Ordinal);
        var notes = Assert.Single(report.Topics).Posts.Single(p => p.OriginNumber == 2).Notes;
        Assert.Contains(notes, n => n.Contains("upload://a1b2c3.png", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains(":partyparrot:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldConvertTheCookedHtmlWhenAPostHasNoRawText()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var original = DiscourseTopicReader.Read(DiscourseFixtures.File("rich-topic.json").Json).Posts.Single(p => p.Number == 5);

        var report = await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic.json"));

        var thread = await forum.Host.ThreadAsync(5150);
        var post = thread.Posts.Single(p => p.OriginNumber == 5);
        Assert.Contains(Assert.Single(report.Topics).Posts.Single(p => p.OriginNumber == 5).Notes, n => n.Contains("cooked HTML", StringComparison.Ordinal));
        Assert.Equal(ImportDiscourseSampleTests.ReadText(original.Cooked!), ImportDiscourseSampleTests.ReadText(post.Cooked));
        Assert.Equal(2, post.ReplyToNumber);
        Assert.Contains($"[quote=\"li_lei, post:2, topic:{thread.Id}\"]", post.Raw, StringComparison.Ordinal);
        Assert.Contains("<strong>Audit</strong>", post.Cooked, StringComparison.Ordinal);
        Assert.Contains("<code>legal_review()</code>", post.Cooked, StringComparison.Ordinal);
        Assert.Contains("href=\"/u/li_lei\"", post.Cooked, StringComparison.Ordinal);
        Assert.Contains("<li>Kraków office: 3 × 1,200</li>", post.Cooked, StringComparison.Ordinal);
        Assert.Equal(5, post.LikeCount);
    }

    [Fact]
    public async Task ShouldWithdrawAPostItsAuthorDeletedThereWhenTheTopicIsImported()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic.json"));

        var deleted = (await forum.Host.ThreadAsync(5150)).Posts.Single(p => p.OriginNumber == 6);
        Assert.True(deleted.IsDeleted);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 9, 10, 0, TimeSpan.Zero), deleted.DeletedAt);
    }

    [Fact]
    public async Task ShouldAddNewPostsReviseEditedOnesAndFollowLikesWhenTheTopicIsImportedLater()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic.json"));
        var before = (await forum.Host.ThreadAsync(5150)).Posts.Single(p => p.Number == 1).Raw;

        var later = await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic-later.json"));

        var topic = Assert.Single(later.Topics);
        Assert.Equal(TopicOutcome.Updated, topic.Outcome);
        Assert.Equal(PostOutcome.Revised, topic.Posts.Single(p => p.OriginNumber == 1).Outcome);
        Assert.Equal(PostOutcome.Unchanged, topic.Posts.Single(p => p.OriginNumber == 2).Outcome);
        Assert.Equal((PostOutcome.Imported, 5), topic.Posts.Where(p => p.OriginNumber == 8).Select(p => (p.Outcome, p.Number!.Value)).Single());
        var thread = await forum.Host.ThreadAsync(5150);
        Assert.Equal(5, thread.PostCount);
        var first = thread.Posts.Single(p => p.Number == 1);
        Assert.EndsWith("Edit: the audit quote came in at 11,800.", first.Raw, StringComparison.Ordinal);
        Assert.Equal(before, Assert.Single(first.Revisions).Raw);
        Assert.Equal(4, first.LikeCount);
        Assert.Equal(new DateTimeOffset(2024, 5, 5, 12, 0, 0, TimeSpan.Zero), first.EditedAt);
        var newest = thread.Posts.Single(p => p.Number == 5);
        Assert.Equal(3, newest.ReplyToNumber);
        Assert.Equal("Ngozi Adébáyọ̀", newest.Author.DisplayName);

        // The mention of the Discourse sato-k links to their placeholder, never to the sato-k who joined here.
        Assert.Contains("href=\"/u/sato-k_2\"", newest.Cooked, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/u/sato-k\"", newest.Cooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldKeepLocalLikesWhenTheOriginalsLikeCountChanges()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic.json"));
        var firstId = (await forum.Host.ThreadAsync(5150)).Posts.Single(p => p.Number == 1).Id;
        await forum.Host.SendAsync(new Application.Features.Posts.LikePostCommand(firstId), forum.Author);

        await forum.Host.SendAsSystemAsync(DiscourseFixtures.Import("rich-topic-later.json"));

        Assert.Equal(5, (await forum.Host.ThreadAsync(5150)).Posts.Single(p => p.Number == 1).LikeCount);
    }
}
