using MipForum.Application.Common.Exceptions;
using MipForum.Application.Features.Polls;
using MipForum.Domain.Common;
using MipForum.Domain.Polls;

namespace MipForum.Application.Tests.Features.Polls;

/// <summary>Snapshot weights uploaded by an admin, and public delegation, as they count at the close.</summary>
public sealed class WeightedPollTests
{
    private const int Yes = 1, No = 2;

    [Fact]
    public async Task ShouldListEveryProblemOfASnapshotFileByLineAndImportNothing()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => world.Host.SendAsync(new UploadWeightSnapshotCommand("MKR at block 13,500,000",
            "userName,weight\namelie.r,100.5\nnobody.here,3\nsato-k,-1\namelie.r,2\ngovalpha,1,000\ngovalpha,lots\n"), world.Admin));

        Assert.Equal(
        [
            "Line 3: no member is called @nobody.here.",
            "Line 4: @sato-k has a negative weight.",
            "Line 5: @amelie.r is already on line 2.",
            "Line 6: expected “userName,weight”, found 3 values.",
            "Line 7: “lots” is not a number (use a dot for decimals, no thousands separators).",
        ], refusal.Errors["csv"]);
        await Assert.ThrowsAsync<RequestValidationException>(() => world.BinaryAsync(weighting: PollWeighting.Snapshot, snapshotId: 1));
    }

    [Fact]
    public async Task ShouldRefuseAWeightSoLargeThatTotalsWouldOverflowWithItsLine()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => world.Host.SendAsync(new UploadWeightSnapshotCommand("Overflow",
            "amelie.r,79228162514264337593543950335\nsato-k,79228162514264337593543950335\n"), world.Admin));

        Assert.Equal("Line 1: @amelie.r's weight is above 1,000,000,000,000,000, the most one member may carry.", refusal.Errors["csv"][0]);
        Assert.Equal(2, refusal.Errors["csv"].Length);
    }

    [Fact]
    public async Task ShouldNotLetADelegateLearnWhichDelegatorsVotedWhileResultsAreHidden()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var whale = await world.Host.MemberAsync("whale");
        var snapshot = await world.Host.SendAsync(new UploadWeightSnapshotCommand("MKR", "amelie.r,100\nwhale,10000\n"), world.Admin);
        var poll = await world.Host.SendAsync(new CreatePollCommand(world.Forum.ThreadId, PollType.Binary, "Ratify, quietly?", null, world.ClosesAt,
            Visibility: ResultsVisibility.AfterClose, Weighting: PollWeighting.Snapshot, SnapshotId: snapshot.Id), world.Facilitator);
        await world.Host.SendAsync(new SetDelegationCommand("amelie.r"), whale);

        var before = await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), world.Forum.Author);
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [No]), whale);
        var after = await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), world.Forum.Author);

        Assert.Equal((10_100m, 10_100m), (before.Weight, after.Weight));
        Assert.Equal(10_100m, (await world.Host.SendAsync(new GetPollQuery(poll.Id), world.Forum.Author))!.MyBallot!.Weight);

        // At the close the whale's direct ballot takes its weight back, as the rule says.
        await world.CloseAsync();
        Assert.Equal(100m, (await world.Host.SendAsync(new GetPollQuery(poll.Id), world.Forum.Author))!.MyBallot!.Weight);
    }

    [Fact]
    public async Task ShouldRefuseASnapshotUploadFromAnyoneButAnAdmin()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.SendAsync(new UploadWeightSnapshotCommand("MKR", "amelie.r,1"), world.Facilitator));
    }

    [Fact]
    public async Task ShouldWeighBallotsBySnapshotWithDelegationsAsTheyStandAtTheClose()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var (whale, small, late) = (await world.Host.MemberAsync("whale"), await world.Host.MemberAsync("small.holder"), 0);
        var snapshot = await world.Host.SendAsync(new UploadWeightSnapshotCommand("MKR at block 13,500,000",
            "amelie.r,100\nsato-k,250.125\nwhale,10000.5\nsmall.holder,0.375\n"), world.Admin);
        Assert.Equal(new WeightSnapshotView(snapshot.Id, "MKR at block 13,500,000", snapshot.UploadedAt, 4, 10_351m), snapshot);
        var poll = await world.BinaryAsync(weighting: PollWeighting.Snapshot, snapshotId: snapshot.Id, rule: new OutcomeRule(OutcomeRuleKind.Majority, MinimumWeight: 10_000m));
        late = await world.Host.MemberAsync("late.joiner");

        // The whale delegates to amelie.r, then moves the delegation to sato-k while the poll is open; the small holder
        // delegates to amelie.r but votes directly, overriding it for this poll.
        await world.Host.SendAsync(new SetDelegationCommand("amelie.r"), whale);
        await world.Host.SendAsync(new SetDelegationCommand("@amelie.r", world.Host.Time.Now.AddDays(30)), small);
        var amelie = await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), world.Forum.Author);
        Assert.Equal(10_100.875m, amelie.Weight);
        await world.Host.SendAsync(new SetDelegationCommand("sato-k"), whale);
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [No]), world.Forum.Other);
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), small);
        var lateBallot = await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), late);
        Assert.Equal(0m, lateBallot.Weight);
        Assert.StartsWith("You have no weight in this poll's snapshot (MKR at block 13,500,000)", (await world.Host.SendAsync(new GetPollQuery(poll.Id), late))!.VoteNote, StringComparison.Ordinal);

        await world.CloseAsync();

        var closed = (await world.Host.SendAsync(new GetPollQuery(poll.Id)))!;
        Assert.Equal([100.375m, 10_250.625m, 0m], closed.Results!.Options.Select(o => o.Weight));
        Assert.Equal(No, closed.Results.Outcome.WinnerId);
        Assert.Equal(10_351m, closed.Results.EligibleTotal);
        var stored = await world.StoredAsync(poll.Id);
        Assert.Equal(10_250.625m, stored.Ballots.Single(b => b.VoterId == world.Forum.Other).Weight);
        Assert.Equal(0m, stored.Ballots.Single(b => b.VoterId == late).Weight);

        var delegate_ = (await world.Host.SendAsync(new GetDelegateQuery("sato-k")))!;
        Assert.Equal(["whale"], delegate_.Delegators.Select(d => d.UserName));
        Assert.Equal(10_000.5m, delegate_.DelegatedWeight);
        var ballot = Assert.Single(delegate_.Ballots);
        Assert.Equal(["No"], ballot.Choices);
        Assert.Equal(10_250.625m, ballot.Weight);
    }

    [Fact]
    public async Task ShouldGiveNoOutcomeWhenTheWinnerCarriesLessThanTheMinimum()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;
        var snapshot = await world.Host.SendAsync(new UploadWeightSnapshotCommand("MKR", "amelie.r,8000\nsato-k,2000"), world.Admin);
        var poll = await world.BinaryAsync(weighting: PollWeighting.Snapshot, snapshotId: snapshot.Id, rule: new OutcomeRule(OutcomeRuleKind.Majority, MinimumWeight: 10_000m));
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [Yes]), world.Forum.Author);
        await world.Host.SendAsync(new CastBallotCommand(poll.Id, [No]), world.Forum.Other);

        await world.CloseAsync();

        var outcome = (await world.Host.SendAsync(new GetPollQuery(poll.Id)))!.Results!.Outcome;
        Assert.Equal(OutcomeKind.NoOutcome, outcome.Kind);
        Assert.Equal("“Yes” carried 8,000, below the minimum participation of 10,000.", outcome.Explanation);
    }

    [Fact]
    public async Task ShouldRefuseDelegatingToOneselfOrToNobodyAndRevokingWithoutADelegation()
    {
        var world = await PollWorld.StartAsync();
        await using var _ = world.Host;

        Assert.Equal("You cannot delegate to yourself.", (await Assert.ThrowsAsync<DomainRuleException>(() => world.Host.SendAsync(new SetDelegationCommand("sato-k"), world.Forum.Other))).Message);
        Assert.Equal(["No member is called @ghost."], (await Assert.ThrowsAsync<RequestValidationException>(() => world.Host.SendAsync(new SetDelegationCommand("ghost"), world.Forum.Other))).Errors["to"]);
        await Assert.ThrowsAsync<DomainRuleException>(() => world.Host.SendAsync(new RevokeDelegationCommand(), world.Forum.Other));
        await Assert.ThrowsAsync<NotSignedInException>(() => world.Host.SendAsync(new SetDelegationCommand("sato-k")));
    }
}
