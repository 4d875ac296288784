using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Polls;
using MipForum.Application.Features.Threads;
using MipForum.Domain.Common;
using MipForum.Domain.Polls;

namespace MipForum.Application.Tests.Features.Polls;

/// <summary>Opening a poll: who may, what is checked, and where it appears.</summary>
public sealed class OpenAPollTests
{
    [Fact]
    public async Task ShouldOpenABinaryPollAnnouncedByAPostOfItsCreatorInTheThread()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        var created = await world.BinaryAsync();

        Assert.Equal([(1, "Yes"), (2, "No"), (3, "Abstain")], created.Options.Select(o => (o.Id, o.Text)));
        var thread = await world.Host.SendAsync(new GetThreadQuery(world.Forum.ThreadId));
        var announcement = thread!.Posts.Items.Single(p => p.Number == created.PostNumber);
        Assert.Equal("govalpha", announcement.Author.UserName);
        Assert.Contains("Ratify MIP41c5-SP2?", announcement.Cooked, StringComparison.Ordinal);
        var poll = await world.Host.SendAsync(new GetPollQuery(created.Id));
        Assert.Equal(PollState.Open, poll!.State);
        Assert.Equal("More than 50% of the non-abstaining weight wins.", poll.RuleText);
        Assert.Equal(created.PostNumber, poll.PostNumber);
        Assert.Equal(32, poll.Seed.Length);
    }

    [Fact]
    public async Task ShouldLetTheProposalsAuthorOpenAPollOnItsThreadButNotAnotherContributor()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        // amelie.r is a contributor, and the author of MIP41 whose thread this is.
        var byAuthor = await world.BinaryAsync(asMember: world.Forum.Author);

        Assert.True(byAuthor.Id > 0);
        var refusal = await Assert.ThrowsAsync<NotPermittedException>(() => world.BinaryAsync(asMember: world.Forum.Other));
        Assert.StartsWith("Polls are opened by facilitators", refusal.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotSignedInException>(() => world.Host.SendAsync(
            new CreatePollCommand(world.Forum.ThreadId, PollType.Binary, "Anonymous?", null, world.ClosesAt)));
    }

    [Fact]
    public async Task ShouldFollowTheConfiguredCreatorRoles()
    {
        var forum = await Support.DiscussionFixture.StartAsync(new Dictionary<string, string?> { ["Forum:Polls:CreatorRoles"] = "Moderator, Admin" });
        await using var __ = forum.Host;
        var facilitator = await forum.Host.MemberAsync("govalpha", Domain.Members.MemberRoles.Facilitator);

        await Assert.ThrowsAsync<NotPermittedException>(() => forum.Host.SendAsync(
            new CreatePollCommand(forum.ThreadId, PollType.Binary, "Ratify?", null, forum.Host.Time.Now.AddDays(1)), facilitator));
    }

    [Fact]
    public async Task ShouldRefuseAQuestionlessPollAndMoreOptionsThanTheCapWithTheFieldNamed()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        var empty = await Assert.ThrowsAsync<RequestValidationException>(() => world.Host.SendAsync(
            new CreatePollCommand(world.Forum.ThreadId, PollType.Binary, " \u200B ", null, world.ClosesAt), world.Facilitator));
        var many = await Assert.ThrowsAsync<RequestValidationException>(() => world.Host.SendAsync(
            new CreatePollCommand(world.Forum.ThreadId, PollType.Single, "Which?", ["a", "b", "c", "d", "e", "f"], world.ClosesAt), world.Facilitator));

        Assert.Equal(["Ask a question."], empty.Errors["question"]);
        Assert.Equal(["A poll has at most 5 options."], many.Errors["options"]);
    }

    [Fact]
    public async Task ShouldRefuseARuleThatDoesNotFitTheTypeAndAPollInALockedThread()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        var misfit = await Assert.ThrowsAsync<DomainRuleException>(() => world.BinaryAsync(rule: new OutcomeRule(OutcomeRuleKind.InstantRunoff)));
        Assert.Equal("A binary poll cannot be decided by instant runoff.", misfit.Message);

        await world.Forum.LockThreadAsync();
        await Assert.ThrowsAsync<DomainRuleException>(() => world.BinaryAsync());
    }

    [Fact]
    public async Task ShouldKeepTheFirstRatificationPollUrlWhenAnotherFacilitatorOpensARivalBinaryPoll()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var rival = await world.Host.MemberAsync("moshe_f", Domain.Members.MemberRoles.Facilitator);
        var first = await world.BinaryAsync();

        await world.BinaryAsync(asMember: rival);

        var proposal = (await world.Host.SendAsync(new Application.Features.Proposals.GetProposalQuery("MIP41")))!;
        Assert.Equal($"/polls/{first.Id}", Assert.Single(proposal.Preamble, e => e.Key == CreatePollCommandHandler.RatificationPollKey).Value);
    }

    [Fact]
    public async Task ShouldPointTheProposalsRatificationPollUrlAtABinaryPollOnItsThread()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        var poll = await world.BinaryAsync();

        var proposal = (await world.Host.SendAsync(new Application.Features.Proposals.GetProposalQuery("MIP41")))!;
        Assert.Contains(proposal.Preamble, e => e.Key == CreatePollCommandHandler.RatificationPollKey && e.Value == $"/polls/{poll.Id}");
        var listed = Assert.Single(await world.Host.SendAsync(new ListProposalPollsQuery(proposal.Id)));
        Assert.Equal("Ratify MIP41c5-SP2?", listed.Question);
    }

    [Fact]
    public async Task ShouldRefuseATextDirectionOverrideInTheQuestionOrAnOption()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.Host.SendAsync(
            new CreatePollCommand(world.Forum.ThreadId, PollType.Single, "Ratify \u202Eon\u202C?", ["Keep", "Offboard \u2067now"], world.ClosesAt), world.Facilitator));

        Assert.Contains("text-direction controls", Assert.Single(refused.Errors["question"]), StringComparison.Ordinal);
        Assert.Contains(refused.Errors.Keys, k => k.StartsWith("options", StringComparison.Ordinal));
    }
}
