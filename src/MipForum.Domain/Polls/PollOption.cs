namespace MipForum.Domain.Polls;

/// <summary>
/// One of a poll's options, in the order the creator gave them; Abstain, where offered, is the last. Ballots, results and the
/// API name an option by its <see cref="Number"/> in its poll (1, 2, 3…), so a downloaded ballot file reads without the database.
/// </summary>
public sealed class PollOption
{
    public const int TextMaxLength = 200;

    private PollOption()
    {
        Text = string.Empty;
    }

    internal PollOption(string text, int number, bool isAbstain)
    {
        Text = text;
        Number = number;
        IsAbstain = isAbstain;
    }

    public int Id { get; private set; }

    public int PollId { get; private set; }

    public string Text { get; private set; }

    public int Number { get; private set; }

    public bool IsAbstain { get; private set; }

    public TallyOption ForTally() => new(Number, Text, IsAbstain);
}
