using Bunit;
using MipForum.Application.Features.Polls;
using MipForum.Domain.Polls;
using MipForum.Web.Components.Polls;

namespace MipForum.Web.Tests.Components;

/// <summary>The results as readers see them: bars with their numbers in text, the outcome, and a runoff round by round.</summary>
public sealed class PollResultsTests : BunitContext
{
    private static readonly IReadOnlyList<PollOptionView> Options = [new(1, "A", false), new(2, "B", false), new(3, "C", false), new(4, "D", false)];

    [Fact]
    public void ShouldExplainEachRoundWithTheEliminationTheTieBreakAndWhereTheBallotsWent()
    {
        // The hand-counted runoff of InstantRunoffTallyTests: D out, then C out on first-round totals, B wins.
        var ballots = new[] { Many(10, 1), Many(6, 2), Many(4, 3, 2), Many(2, 4, 3, 2) }.SelectMany(b => b).ToList();
        var result = PollTally.Count(PollType.Ranked, new OutcomeRule(OutcomeRuleKind.InstantRunoff), [.. Options.Select(o => new TallyOption(o.Id, o.Text))], ballots, "seed");
        var view = new PollResultsView(result.Options, result.Turnout, 30m, result.Rounds, result.Outcome, IsFinal: true);

        var results = Render<PollResults>(p => p.Add(r => r.Results, view).Add(r => r.Options, Options));

        Assert.Equal("Outcome: “B” won in round 3 with 12 of 22 continuing weight (54.55%).", results.Find(".poll-results__outcome").TextContent.Trim());
        var rows = results.FindAll(".poll-rounds tbody tr").Select(r => r.Children[^1].TextContent).ToList();
        Assert.Equal(["D eliminated; 2 to C", "C eliminated (tie broken by first-round totals); 6 to B", "Decided"], rows);
        Assert.Contains("10 ballots · 45.5%", results.FindAll(".poll-bar")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("0", results.FindAll(".poll-bar__chart rect")[1].GetAttribute("x"));
        Assert.Contains("Turnout: 22 ballots of 30 members (73.3%)", results.Find(".poll-results__turnout").TextContent.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static IEnumerable<CountedBallot> Many(int count, params int[] choices) => Enumerable.Range(0, count).Select(_ => new CountedBallot(choices, 1m));
}
