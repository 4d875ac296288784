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

    /// <summary>A file the repository keeps for itself (README.md, active_tags.md, placeholder.md, an empty file).</summary>
    Skipped,

    /// <summary>The file could not be recorded (the warnings say why); nothing of it was stored.</summary>
    Failed,
}

/// <summary>What happened to one file, and what in it was odd (kept as written, but worth a look).</summary>
public sealed record FileReport(string Path, ImportOutcome Outcome, string? Code, IReadOnlyList<string> Warnings)
{
    /// <summary>The file is a component's annex (<see cref="Code"/> names the component).</summary>
    public bool IsAnnex { get; init; }
}

public sealed record ImportReport(IReadOnlyList<FileReport> Files)
{
    public int Count(ImportOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    public int WarningCount => Files.Sum(f => f.Warnings.Count);

    /// <summary>Components found inside MIP documents (each also stored as its own proposal).</summary>
    public int ComponentsFound { get; init; }

    /// <summary>How many files the import was given; every one of them has exactly one outcome.</summary>
    public int FilesRead { get; init; }

    /// <summary>Annexes among the created, updated and unchanged files.</summary>
    public int Annexes => Files.Count(f => f.IsAnnex && f.Outcome is ImportOutcome.Created or ImportOutcome.Updated or ImportOutcome.Unchanged);

    /// <summary>Whether the outcomes account for every file read: created + updated + unchanged + templates + not MIP documents + skipped + failed.</summary>
    public bool AddsUp => Enum.GetValues<ImportOutcome>().Sum(Count) == FilesRead;
}
