using MipForum.Domain.Common;
using MipForum.Domain.Discussions;
using MipForum.Domain.Members;

namespace MipForum.Domain.Polls;

/// <summary>What a new poll is made of, as its creator asks for it.</summary>
public sealed record PollDefinition(
    string Question,
    PollType Type,
    IReadOnlyList<string> Options,
    OutcomeRule Rule,
    DateTimeOffset? OpensAt,
    DateTimeOffset ClosesAt,
    ResultsVisibility Visibility,
    PollWeighting Weighting,
    bool OfferAbstain = false);

public sealed partial class Poll
{
    public static readonly IReadOnlyList<string> BinaryOptions = ["Yes", "No"];
    public const string AbstainText = "Abstain";

    /// <param name="maxOptions">Forum:Polls:MaxOptions, not counting Abstain.</param>
    public static Poll Create(ForumThread thread, Member creator, PollDefinition definition, WeightSnapshot? snapshot, int maxOptions, string seed, DateTimeOffset now)
    {
        if (thread.IsLocked)
        {
            throw new DomainRuleException("This thread is locked; a poll cannot be opened in it.");
        }

        var question = definition.Question?.Trim() ?? string.Empty;
        if (!VisibleText.HasVisibleCharacter(question) || question.Length > QuestionMaxLength)
        {
            throw new DomainRuleException($"Ask a question of 1 to {QuestionMaxLength} characters.");
        }

        definition.Rule.EnsureFits(definition.Type);
        var options = OptionTexts(definition, maxOptions);
        var opensAt = definition.OpensAt is { } at && at > now ? at : now;
        EnsureDuration(opensAt, definition.ClosesAt);
        if ((definition.Weighting == PollWeighting.Snapshot) != (snapshot is not null))
        {
            throw new DomainRuleException(snapshot is null
                ? "A weighted poll needs a weight snapshot; choose one, or make it one member one vote."
                : "A one-member-one-vote poll uses no weight snapshot.");
        }

        var poll = new Poll
        {
            Thread = thread,
            Creator = creator,
            Question = question,
            Type = definition.Type,
            RuleKind = definition.Rule.Kind,
            RuleShare = definition.Rule.Share,
            RuleMinimumWeight = definition.Rule.MinimumWeight,
            CreatedAt = now,
            OpensAt = opensAt,
            ClosesAt = definition.ClosesAt,
            Visibility = definition.Visibility,
            Weighting = definition.Weighting,
            Snapshot = snapshot,
            Seed = seed,
        };
        poll._options.AddRange(options.Select((text, index) => new PollOption(text, index + 1, isAbstain: false)));
        if (definition.Type == PollType.Binary || definition.OfferAbstain)
        {
            poll._options.Add(new PollOption(AbstainText, options.Count + 1, isAbstain: true));
        }

        return poll;
    }

    private static List<string> OptionTexts(PollDefinition definition, int maxOptions)
    {
        if (definition.Type == PollType.Binary)
        {
            if (definition.Options.Count > 0 && !definition.Options.SequenceEqual(BinaryOptions, StringComparer.OrdinalIgnoreCase))
            {
                throw new DomainRuleException("A binary poll's options are Yes, No and Abstain; choose single choice for options of your own.");
            }

            return [.. BinaryOptions];
        }

        var texts = definition.Options.Select(o => o?.Trim() ?? string.Empty).ToList();
        if (texts.Count < MinimumOptions || texts.Count > maxOptions)
        {
            throw new DomainRuleException($"A poll has {MinimumOptions} to {maxOptions} options.");
        }

        if (texts.FirstOrDefault(t => !VisibleText.HasVisibleCharacter(t) || t.Length > PollOption.TextMaxLength) is { } bad)
        {
            throw new DomainRuleException($"Each option is 1 to {PollOption.TextMaxLength} characters{(bad.Length > 0 ? string.Empty : "; one is empty")}.");
        }

        // Options that would look the same to a voter (case, full-width forms, a soft hyphen, a Cyrillic letter) are one
        // option twice, and a look-alike "Abstain" would count for the outcome while reading as an abstention.
        if (texts.GroupBy(LookAlikeText.Key).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException($"“{twice.First()}” is an option twice (“{string.Join("”, “", twice.Skip(1))}” looks the same).");
        }

        if (texts.Any(t => LookAlikeText.Key(t) == LookAlikeText.Key(AbstainText)))
        {
            throw new DomainRuleException("Offer Abstain with its own switch: it counts for turnout, never for the outcome.");
        }

        return texts;
    }

    private static void EnsureDuration(DateTimeOffset opensAt, DateTimeOffset closesAt)
    {
        if (closesAt - opensAt < ShortestDuration)
        {
            throw new DomainRuleException($"A poll closes at least {ShortestDuration.TotalMinutes:0} minutes after it opens.");
        }

        if (closesAt - opensAt > LongestDuration)
        {
            throw new DomainRuleException($"A poll runs for at most {LongestDuration.TotalDays:0} days.");
        }
    }
}
