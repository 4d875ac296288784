using MipForum.Domain.Common;

namespace MipForum.Domain.Polls;

/// <summary>
/// What a ballot may choose, by poll type: one option (binary, single choice), any number (approval), a ranking of some or
/// all (ranked choice). Each option at most once, only this poll's options, and Abstain only on its own.
/// </summary>
public static class BallotRules
{
    public static void Check(PollType type, IReadOnlyCollection<TallyOption> options, IReadOnlyList<int> choices)
    {
        if (choices.Count == 0)
        {
            throw new DomainRuleException(type == PollType.Ranked ? "Rank at least one option." : "Choose an option.");
        }

        var byId = options.ToDictionary(o => o.Id);
        var seen = new HashSet<int>();
        foreach (var choice in choices)
        {
            if (!byId.TryGetValue(choice, out var option))
            {
                throw new DomainRuleException($"{choice} is not one of this poll's options.");
            }

            if (!seen.Add(choice))
            {
                throw new DomainRuleException(type == PollType.Ranked
                    ? $"“{option.Text}” is ranked twice; a ranking names each option once."
                    : $"“{option.Text}” is chosen twice.");
            }
        }

        if (choices.Count > 1 && choices.Any(c => byId[c].IsAbstain))
        {
            throw new DomainRuleException("Abstain cannot be combined with other choices.");
        }

        if (type is PollType.Binary or PollType.Single && choices.Count > 1)
        {
            throw new DomainRuleException("Choose one option.");
        }
    }
}
