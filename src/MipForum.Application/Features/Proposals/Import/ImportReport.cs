namespace MipForum.Application.Features.Proposals.Import;

/// <summary>One file of a MIPs repository folder: its path relative to the folder, and its text.</summary>
public sealed record MipFile(string Path, string Content);

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Template,
    NotAMipDocument,

    /// <summary>The file could not be recorded (the warnings say why); nothing of it was stored.</summary>
    Failed,
}

/// <summary>What happened to one file, and what in it was odd (kept as written, but worth a look).</summary>
public sealed record FileReport(string Path, ImportOutcome Outcome, string? Code, IReadOnlyList<string> Warnings);

public sealed record ImportReport(IReadOnlyList<FileReport> Files)
{
    public int Count(ImportOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    public int WarningCount => Files.Sum(f => f.Warnings.Count);

    /// <summary>Components found inside MIP documents (each also stored as its own proposal).</summary>
    public int ComponentsFound { get; init; }
}
