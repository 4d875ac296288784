using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Search;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Support;

namespace MipForum.Application.Tests.Features.Search;

/// <summary>What a reader types finds what they mean: ranking, phrases, prefixes, exclusions, snippets.</summary>
public sealed class SearchFindsTests
{
    [Fact]
    public async Task ShouldRankAThreadWhoseTitleMatchesAboveAPostThatOnlyMentionsTheWord()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var mention = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Somebody should write about the treasury someday, with more words around it."), forum.Other);
        var titled = await forum.Host.SendAsync(new StartThreadCommand("Treasury report for November", "The numbers are below.", "mips"), forum.Author);

        var page = await forum.Host.SendAsync(new SearchForumQuery("treasury"));

        Assert.Equal([SearchKind.Thread, SearchKind.Post], page.Hits.Select(h => h.Kind));
        Assert.Equal(titled.Url, page.Hits[0].Url);
        Assert.Equal(mention.Id, page.Hits[1].Id);
        Assert.Equal("treasury", Assert.Single(page.Hits[1].Snippet, p => p.IsMatch).Text);
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task ShouldFindPhrasesPrefixesAndLeaveOutExcludedWords()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var offboarding = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "The facilitator offboarding is overdue."), forum.Other);
        var facilitation = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Facilitation needs a budget, and offboarding later."), forum.Other);

        Assert.Equal([offboarding.Id], await IdsAsync(forum, "\"facilitator offboarding\""));
        Assert.Equal([offboarding.Id, facilitation.Id], (await IdsAsync(forum, "facilit*")).Order());
        Assert.Equal([offboarding.Id], await IdsAsync(forum, "offboarding -budget"));
        Assert.Equal([offboarding.Id], await IdsAsync(forum, "offboarding -\"needs a budget\""));
        Assert.Empty(await IdsAsync(forum, "\"offboarding facilitator\""));
    }

    [Fact]
    public async Task ShouldFindWordsWithoutTheirAccentsAndNeverTheMarkup()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var post = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Rapport de **Zoë** sur la [trésorerie](https://example.org/strong)."), forum.Other);

        Assert.Equal([post.Id], await IdsAsync(forum, "zoe tresorerie"));
        Assert.Empty(await IdsAsync(forum, "strong")); // a tag name and a link's address are not the text
        var hit = (await forum.Host.SendAsync(new SearchForumQuery("Zoë"))).Hits.Single();
        Assert.Equal("Rapport de Zoë sur la trésorerie.", hit.SnippetText);
    }

    [Fact]
    public async Task ShouldPageHitsAndSayWhetherMoreFollow()
    {
        var forum = await DiscussionFixture.StartAsync(new Dictionary<string, string?> { ["Forum:Paging:SearchResultsPerPage"] = "2" });
        await using var _ = forum.Host;
        for (var i = 0; i < 3; i++)
        {
            await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, $"Quorum remark number {i}."), forum.Other);
            forum.Host.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await forum.Host.SendAsync(new SearchForumQuery("quorum"));
        var second = await forum.Host.SendAsync(new SearchForumQuery("quorum", Page: 2));

        Assert.True(first.HasMore);
        Assert.False(second.HasMore);
        Assert.Equal(["Quorum remark number 2.", "Quorum remark number 1.", "Quorum remark number 0."], first.Hits.Concat(second.Hits).Select(h => h.SnippetText));
    }

    [Fact]
    public async Task ShouldRefuseASearchOfOnlyExclusionsAMalformedFilterAndADeepPage()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;

        var onlyExcluded = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new SearchForumQuery("-budget")));
        var status = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new SearchForumQuery("budget status:pending")));
        var date = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new SearchForumQuery("budget before:31/01/2026")));
        var deep = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new SearchForumQuery("budget", Page: 51)));
        var empty = await Assert.ThrowsAsync<RequestValidationException>(() => forum.Host.SendAsync(new SearchForumQuery("  ")));

        Assert.Contains("not only what to leave out", onlyExcluded.Errors["text"][0], StringComparison.Ordinal);
        Assert.Contains("conception, rfc", status.Errors["text"][0], StringComparison.Ordinal);
        Assert.Contains("before:2026-01-31", date.Errors["text"][0], StringComparison.Ordinal);
        Assert.Contains("between 1 and 50", deep.Errors["page"][0], StringComparison.Ordinal);
        Assert.Equal("Type something to search for.", empty.Errors["text"][0]);
    }

    [Fact]
    public async Task ShouldTreatWhatIsTypedAsTextNeverAsIndexSyntax()
    {
        var forum = await DiscussionFixture.StartAsync();
        await using var _ = forum.Host;
        var post = await forum.Host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "NEAR the title OR body AND column."), forum.Other);

        Assert.Equal([post.Id], await IdsAsync(forum, "NEAR( OR title: body* \"AND"));
        Assert.Empty(await IdsAsync(forum, "title:near"));
    }

    internal static async Task<List<int>> IdsAsync(DiscussionFixture forum, string text, int? asMember = null) =>
        [.. (await forum.Host.SendAsync(new SearchForumQuery(text), asMember)).Hits.Select(h => h.Id)];
}
