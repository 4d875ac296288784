namespace MipForum.Application.Features.Threads.Import;

public enum TopicOutcome
{
    Created,
    Updated,
    Unchanged,

    /// <summary>Nothing of the topic was stored; the notes say why.</summary>
    Failed,
}

public enum PostOutcome
{
    Imported,

    /// <summary>Imported before; its text here follows an edit made on the other forum (the old text kept as a revision).</summary>
    Revised,

    Unchanged,

    /// <summary>Imported before, hidden on the original forum since: hidden here too.</summary>
    Hidden,

    /// <summary>Not imported (a whisper, a topic event, a hidden post); the notes say why.</summary>
    Skipped,
}

/// <summary>What happened to one post: its number there and here, and everything changed, guessed or kept as written.</summary>
public sealed record PostReport(int OriginNumber, int? Number, string Author, PostOutcome Outcome, IReadOnlyList<string> Notes);

/// <summary>What happened to one topic (a file, or several files holding pages of the same topic).</summary>
public sealed record TopicReport(string File, long? TopicId, string Title, TopicOutcome Outcome, int? ThreadId, IReadOnlyList<PostReport> Posts, IReadOnlyList<string> Notes)
{
    public int Count(PostOutcome outcome) => Posts.Count(p => p.Outcome == outcome);

    public int NoteCount => Notes.Count + Posts.Sum(p => p.Notes.Count);
}

public sealed record DiscourseImportReport(IReadOnlyList<TopicReport> Topics)
{
    public int Count(TopicOutcome outcome) => Topics.Count(t => t.Outcome == outcome);

    public int Posts(PostOutcome outcome) => Topics.Sum(t => t.Count(outcome));

    public int NoteCount => Topics.Sum(t => t.NoteCount);

    /// <summary>Placeholder members this run created for authors (and mentioned people) seen for the first time.</summary>
    public int PlaceholdersCreated { get; init; }
}
