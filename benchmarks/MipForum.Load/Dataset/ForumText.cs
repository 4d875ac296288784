using System.Text;

namespace MipForum.Load.Dataset;

/// <summary>
/// Governance-discussion markdown for generated posts: paragraphs over a skewed vocabulary, and now and then a list, a
/// quote of an earlier post, @mentions, proposal codes, links, code and a small table, in the proportions a busy
/// governance forum shows. Seeded, so two runs write the same forum.
/// </summary>
public sealed class ForumText(int seed)
{
    private static readonly string[] Governance =
        ("facilitator offboarding onboarding budget treasury multisig core unit mandate quorum ratification poll delegate signal " +
         "vote proposal subproposal component amendment statement reporting deadline roster transition originator pipeline " +
         "collateral stability fee oracle keeper auction liquidation surplus debt ceiling governance executive spell audit " +
         "security incident bounty grant contributor compensation").Split(' ');

    private static readonly string[] Common =
        ("the of and to in is that for it as with was on be by this are at from or an have not but we they which you one all " +
         "were there been has their more if will would about so what when up out can only other into some could them than then " +
         "time these two may first any like now over such our also after most made well very should still where back through " +
         "much before must right too does three good how each because while").Split(' ');

    private static readonly string[] Openers =
    [
        "Thanks for putting this together.", "I have a few questions before the signal poll.", "Strongly in favour.",
        "I am not convinced yet.", "Speaking for the Core Unit here:", "A correction to the figures above:",
        "Following up on the governance call:", "Two concerns, one small and one not.",
    ];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    /// <summary>A thread or proposal title: a governance topic and a few words, never shorter than the forum's minimum.</summary>
    public string Title()
    {
        var topic = Governance[_random.Next(Governance.Length)];
        var title = new StringBuilder().Append(char.ToUpperInvariant(topic[0])).Append(topic[1..]).Append(':');
        for (var words = _random.Next(3, 8); words > 0 || title.Length < 24; words--)
        {
            title.Append(' ').Append(Word());
        }

        return title.ToString();
    }

    /// <summary>A post: mostly a few paragraphs, sometimes with the richer pieces a real thread has.</summary>
    public string Post(IReadOnlyList<string> userNames, int threadId, int postCount)
    {
        var text = new StringBuilder();
        if (postCount > 1 && userNames.Count > 0 && _random.NextDouble() < 0.12)
        {
            var quoted = _random.Next(1, postCount + 1);
            text.Append("[quote=\"").Append(Pick(userNames)).Append(", post:").Append(quoted).Append(", topic:").Append(threadId).Append("\"]\n")
                .Append(Sentence()).Append("\n[/quote]\n\n");
        }

        text.Append(Pick(Openers)).Append(' ').Append(Paragraph()).Append("\n\n");
        for (var i = _random.Next(0, 3); i > 0; i--)
        {
            text.Append(Paragraph()).Append("\n\n");
        }

        var roll = _random.NextDouble();
        if (roll < 0.15)
        {
            for (var i = _random.Next(2, 6); i > 0; i--)
            {
                text.Append("- ").Append(Sentence()).Append('\n');
            }

            text.Append('\n');
        }
        else if (roll < 0.2)
        {
            text.Append("| Item | Amount (DAI) | Note |\n|---|---:|---|\n");
            for (var i = _random.Next(2, 5); i > 0; i--)
            {
                text.Append("| ").Append(Word()).Append(" | ").Append(_random.Next(1_000, 900_000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(" | ").Append(Word()).Append(' ').Append(Word()).Append(" |\n");
            }

            text.Append('\n');
        }
        else if (roll < 0.23)
        {
            text.Append("```\nspell.cast(").Append(Word()).Append(", ").Append(_random.Next(1, 99)).Append(");\n```\n\n");
        }

        if (userNames.Count > 0 && _random.NextDouble() < 0.2)
        {
            text.Append('@').Append(Pick(userNames)).Append(" what do you think? ");
        }

        if (_random.NextDouble() < 0.15)
        {
            text.Append("See MIP").Append(_random.Next(1, 120)).Append('c').Append(_random.Next(1, 9)).Append(" and [the forum thread](https://forum.example.org/t/")
                .Append(_random.Next(1, 20_000)).Append(").");
        }

        return text.ToString().TrimEnd();
    }

    private string Paragraph() => string.Join(' ', Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Sentence()));

    private string Sentence()
    {
        var words = Enumerable.Range(0, _random.Next(8, 22)).Select(_ => Word()).ToArray();
        if (_random.NextDouble() < 0.1)
        {
            words[_random.Next(words.Length)] = "**" + Word() + "**";
        }

        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    // A skewed draw: common words most, governance words often, so search and cooking see realistic text.
    private string Word() => _random.NextDouble() < 0.7 ? Common[Skewed(Common.Length)] : Governance[Skewed(Governance.Length)];

    private int Skewed(int length) => (int)(length * Math.Pow(_random.NextDouble(), 2));

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
