using System.Globalization;
using MipForum.Domain.Common;

namespace MipForum.Domain.Polls;

/// <summary>
/// The rule a poll's result is judged by, fixed when the poll is created and stored with the result it produced.
/// <see cref="Share"/> applies to <see cref="OutcomeRuleKind.Majority"/> only: the winner's share of the non-abstaining
/// weight must be strictly above it. <see cref="MinimumWeight"/> is the optional minimum positive participation (MIP51's
/// "Yes above 10,000 MKR"): the winning option must also carry at least this much weight, or there is no outcome.
/// </summary>
public sealed record OutcomeRule(OutcomeRuleKind Kind, decimal Share = OutcomeRule.DefaultShare, decimal? MinimumWeight = null)
{
    public const decimal DefaultShare = 0.5m;

    /// <summary>The rule a new poll of this type gets when its creator names none.</summary>
    public static OutcomeRule DefaultFor(PollType type) => type switch
    {
        PollType.Binary => new OutcomeRule(OutcomeRuleKind.Majority),
        PollType.Single => new OutcomeRule(OutcomeRuleKind.Plurality),
        PollType.Approval => new OutcomeRule(OutcomeRuleKind.Approval),
        _ => new OutcomeRule(OutcomeRuleKind.InstantRunoff),
    };

    /// <summary>Which rules make sense for which type: the rankings of a ranked poll are counted by instant runoff only.</summary>
    public static bool Fits(PollType type, OutcomeRuleKind kind) => type switch
    {
        PollType.Binary or PollType.Single => kind is OutcomeRuleKind.Plurality or OutcomeRuleKind.Majority,
        PollType.Approval => kind == OutcomeRuleKind.Approval,
        _ => kind == OutcomeRuleKind.InstantRunoff,
    };

    /// <summary>Refuses a rule that cannot judge a poll of this type, with the reason a creator can act on.</summary>
    public void EnsureFits(PollType type)
    {
        if (!Fits(type, Kind))
        {
            throw new DomainRuleException($"A {Describe(type)} poll cannot be decided by {Describe(Kind)}.");
        }

        if (Share is <= 0m or >= 1m)
        {
            throw new DomainRuleException("The majority share must be above 0% and below 100%.");
        }

        if (MinimumWeight is < 0m)
        {
            throw new DomainRuleException("The minimum participation cannot be negative.");
        }
    }

    /// <summary>The rule in words, as the poll shows it before anyone votes.</summary>
    public string Describe()
    {
        var rule = Kind switch
        {
            OutcomeRuleKind.Majority => $"More than {(Share * 100m).ToString("0.##", CultureInfo.InvariantCulture)}% of the non-abstaining weight wins",
            OutcomeRuleKind.Approval => "The option approved by the most weight wins",
            OutcomeRuleKind.InstantRunoff => "Instant runoff: the option with the fewest votes is eliminated until one has a majority of the continuing ballots",
            _ => "The option with the most weight wins",
        };
        return MinimumWeight is { } minimum
            ? $"{rule}, if it carries at least {minimum.ToString("#,##0.##########", CultureInfo.InvariantCulture)}."
            : $"{rule}.";
    }

    private static string Describe(PollType type) => type switch
    {
        PollType.Single => "single-choice",
        PollType.Ranked => "ranked-choice",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string Describe(OutcomeRuleKind kind) => kind switch
    {
        OutcomeRuleKind.InstantRunoff => "instant runoff",
        OutcomeRuleKind.Approval => "approval count",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
