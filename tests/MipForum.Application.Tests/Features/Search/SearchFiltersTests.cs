using MipForum.Application.Features.Moderation;
using MipForum.Application.Features.Posts;
using MipForum.Application.Features.Proposals;
using MipForum.Application.Features.Search;
using MipForum.Application.Features.Threads;
using MipForum.Application.Tests.Features.Proposals;
using MipForum.Application.Tests.Support;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Tests.Features.Search;

/// <summary>Discourse's inline filters and the API's parameters narrow what the words find.</summary>
public sealed class SearchFiltersTests
{
    [Fact]
    public async Task ShouldNarrowByAuthorCategoryTagAndDay()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        await host.ArrangeAsync((db, services) =>
        {
            new ForumBuilder(db, services, host.Time.Now).Category("general");
            return Task.CompletedTask;
        });
        var byOther = await host.SendAsync(new ReplyToThreadCommand(forum.ThreadId, "Budget question from sato."), forum.Other);
        host.Time.Advance(TimeSpan.FromDays(3));
        var tagged = await host.SendAsync(new StartThreadCommand("Budget tagged in general", "Budget thread by amelie.", "general", ["treasury"]), forum.Author);

        Assert.Equal([byOther.Id], await SearchFindsTests.IdsAsync(forum, "budget @SATO-K"));
        Assert.Equal([tagged.Id], await ThreadIdsAsync(forum, "budget #general"));
        Assert.Equal([tagged.Id], await ThreadIdsAsync(forum, "budget tags:treasury"));
        Assert.Equal([byOther.Id], await SearchFindsTests.IdsAsync(forum, $"budget before:{host.Time.Now.AddDays(-1):yyyy-MM-dd}"));
        Assert.Equal([tagged.Id], await ThreadIdsAsync(forum, $"budget after:{host.Time.Now:yyyy-MM-dd}"));
        Assert.Empty(await SearchFindsTests.IdsAsync(forum, "budget @nobody.here"));
        Assert.Empty(await SearchFindsTests.IdsAsync(forum, "budget #no-such-category"));

        // A filter alone lists what it selects, newest first (Discourse's "@user" search).
        var listed = await host.SendAsync(new SearchForumQuery("@amelie.r"));
        Assert.Equal(SearchKind.Thread, listed.Hits[0].Kind);
        Assert.Equal(tagged.Id, await ThreadIdOfAsync(forum, listed.Hits[0]));
        Assert.All(listed.Hits, h => Assert.Equal("amelie.r", h.Author!.UserName));
    }

    [Fact]
    public async Task ShouldFindProposalsByCodeTitleAndTextAndGoStraightToAnExactCode()
    {
        var forum = await ProposalFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var draft = await forum.DraftAsync();
        var code = (await host.SendAsync(new PublishProposalCommand(draft.Id), forum.Facilitator)).Code!;

        var byCode = await host.SendAsync(new SearchForumQuery(code));
        var byParent = await host.SendAsync(new SearchForumQuery("MIP41c5 resigned"));
        var byStatus = await host.SendAsync(new SearchForumQuery("unwinding status:rfc type:proposal"));
        var otherStatus = await host.SendAsync(new SearchForumQuery("unwinding status:accepted"));

        Assert.Equal($"/proposals/{code}", byCode.GoTo);
        Assert.Empty(byCode.Hits);
        var hit = Assert.Single(byParent.Hits);
        Assert.Equal((SearchKind.Proposal, $"{code}: Facilitator Offboarding (RWF-001)", "RFC"), (hit.Kind, hit.Title, hit.Status));
        Assert.Contains(hit.Snippet, p => p.IsMatch && p.Text == "resigned");
        Assert.Equal([draft.Id], byStatus.Hits.Select(h => h.Id));
        Assert.Empty(otherStatus.Hits);
    }

    [Fact]
    public async Task ShouldFindPollsByQuestionAndOptionAndMembersByName()
    {
        var forum = await DiscussionFixture.StartAsync();
        var host = forum.Host;
        await using var _ = host;
        var facilitator = await host.MemberAsync("moshe_f", MemberRoles.Contributor | MemberRoles.Facilitator);
        await host.MemberAsync("wei_chen");
        var started = await host.SendAsync(new StartThreadCommand("Where should the offsite be held?", "Pick a city below.", "mips"), facilitator);
        var poll = await host.SendAsync(new Application.Features.Polls.CreatePollCommand(started.Id, Domain.Polls.PollType.Single, "Which city hosts the offsite?", ["Lisbon", "Kraków"], host.Time.Now.AddDays(3)), facilitator);

        var byOption = await host.SendAsync(new SearchForumQuery("krakow type:poll"));
        var member = await host.SendAsync(new SearchForumQuery("wei_chen type:member"));

        Assert.Equal((SearchKind.Poll, poll.Id, "Which city hosts the offsite?"), (byOption.Hits.Single().Kind, byOption.Hits.Single().Id, byOption.Hits.Single().Title));
        Assert.Equal("/u/wei_chen", member.Hits.Single().Url);
    }

    private static async Task<List<int>> ThreadIdsAsync(DiscussionFixture forum, string text)
    {
        var hits = (await forum.Host.SendAsync(new SearchForumQuery(text))).Hits;
        Assert.All(hits, h => Assert.Equal(SearchKind.Thread, h.Kind));
        var ids = new List<int>();
        foreach (var hit in hits)
        {
            ids.Add(await ThreadIdOfAsync(forum, hit));
        }

        return ids;
    }

    private static async Task<int> ThreadIdOfAsync(DiscussionFixture forum, SearchHit hit) =>
        (await forum.PostsAsync()).Single(p => p.Id == hit.Id).ThreadId;
}
