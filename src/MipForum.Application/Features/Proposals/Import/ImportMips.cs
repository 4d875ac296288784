using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals.Import;

/// <summary>
/// Imports a MIPs repository folder: MIP documents (and the components inside them), component annexes, subproposal
/// templates and subproposals. Every file is accounted for in the report; odd values are kept as written and reported.
/// Each file is its own unit of work: it is stored whole or not at all. Importing the same files again updates what
/// changed instead of duplicating.
/// </summary>
public sealed record ImportMipsCommand(IReadOnlyList<MipFile> Files) : ICommand<ImportReport>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ImportProposals;

    /// <summary>Told the number of files done after each one (the command line draws a bar from it).</summary>
    public IProgress<int>? Progress { get; init; }
}

public sealed class ImportMipsCommandHandler(IForumDbContext db, IMarkdownCooker cooker, TimeProvider time)
    : ICommandHandler<ImportMipsCommand, ImportReport>
{
    /// <summary>Imported documents are recorded under this member; the people in "Author(s)" stay in the preamble as written.</summary>
    public const string ImporterUserName = "mips.import";

    private Member _importer = null!;
    private DateTimeOffset _now;
    private int _components;

    public async ValueTask<ImportReport> Handle(ImportMipsCommand command, CancellationToken cancellationToken)
    {
        _now = time.GetUtcNow();
        var reports = new List<FileReport>();

        // Parents before children: MIPs (and their components), then templates and annexes, then subproposals.
        var files = command.Files.Select(MipFileClassifier.Classify).OrderBy(Rank).ThenBy(f => f.File.Path, StringComparer.Ordinal);
        var done = 0;
        foreach (var file in files)
        {
            command.Progress?.Report(done++);

            // One unit of work per file: whatever a failing file added or changed is dropped with the change tracker,
            // so the database holds all of a file or nothing of it (no half-saved MIP, no orphan placeholder).
            db.ChangeTracker.Clear();
            var componentsBefore = _components;
            try
            {
                _importer = await ImporterAsync(cancellationToken);
                var report = await ImportAsync(file, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                reports.Add(report);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // Any failure of one file (a rule, a malformed value, a regex timeout, the database) is that file's:
                // it is reported and the others are still imported, never the whole run aborted half-way.
                _components = componentsBefore;
                var why = failure is Common.Exceptions.RequestValidationException invalid ? string.Join(" ", invalid.Errors.SelectMany(e => e.Value)) : failure.Message;
                reports.Add(new FileReport(file.File.Path, ImportOutcome.Failed, file.Code?.ToString(), [$"Not imported, nothing of it was stored: {why}"]));
            }
        }

        db.ChangeTracker.Clear();
        command.Progress?.Report(done);
        return new ImportReport(reports) { ComponentsFound = _components, FilesRead = command.Files.Count };
    }

    private static int Rank(ClassifiedFile file) => file.Kind switch
    {
        MipFileKind.Mip => 0,
        MipFileKind.Template or MipFileKind.GeneralTemplate or MipFileKind.Annex => 1,
        MipFileKind.Subproposal => 2,
        _ => 3,
    };

    private async Task<FileReport> ImportAsync(ClassifiedFile file, CancellationToken cancellationToken)
    {
        var warnings = file.Warnings.ToList();
        switch (file.Kind)
        {
            case MipFileKind.Template:
                return await ImportTemplateAsync(file, warnings, cancellationToken);
            case MipFileKind.Annex:
                return await ImportAnnexAsync(file, warnings, cancellationToken);
            case MipFileKind.Mip or MipFileKind.Subproposal:
                return await ImportDocumentAsync(file, warnings, cancellationToken);
            case MipFileKind.GeneralTemplate:
                return new FileReport(file.File.Path, ImportOutcome.Template, null, [file.Reason!]);
            case MipFileKind.Skipped:
                return new FileReport(file.File.Path, ImportOutcome.Skipped, null, [file.Reason!]);
            default:
                return new FileReport(file.File.Path, ImportOutcome.NotAMipDocument, null, [file.Reason!]);
        }
    }

    private async Task<FileReport> ImportDocumentAsync(ClassifiedFile file, List<string> warnings, CancellationToken cancellationToken)
    {
        var (document, code, title) = (file.Document, file.Code!, file.Title);
        if (document.Find("Title") is { } titled && titled.Value.Length > 0 && title.Length == 0)
        {
            title = titled.Value;
        }

        if (document.Find(MipRecordReader.AuthorKeys) is { } author && author.Key != MipRecordReader.AuthorKeys[0])
        {
            warnings.Add($"'{author.Key}' read as 'Author(s)'.");
        }

        var status = MipRecordReader.ReadStatus(document, warnings);
        var proposedAt = MipRecordReader.ReadDate(document, MipRecordReader.ProposedKeys, "Date Proposed", warnings);
        var ratifiedAt = MipRecordReader.ReadDate(document, MipRecordReader.RatifiedKeys, "Date Ratified", warnings);
        if (proposedAt is null)
        {
            warnings.Add("No readable Date Proposed; the import time is used.");
        }

        var parent = code.Parent is { } parentCode ? await ParentForAsync(parentCode, warnings, cancellationToken: cancellationToken) : null;
        var (recorded, proposal) = await RecordAsync(code, parent, title, document.Body, document.Preamble, status, proposedAt ?? _now, ratifiedAt, cancellationToken);
        var outcome = recorded;
        proposal.SetTags((document.Find("Tags")?.Value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries));
        if (proposal.RecordHeadingForm(file.HeadingOmitsCode) && outcome == ImportOutcome.Unchanged)
        {
            outcome = ImportOutcome.Updated;
        }
        if (code.Kind == ProposalKind.Mip)
        {
            foreach (var component in ComponentReader.Read(document.Body, code))
            {
                _components++;
                var (_, stored) = await RecordAsync(component.Code, proposal, component.Title, component.Body, [], status, proposedAt ?? _now, ratifiedAt, cancellationToken);
                if (component.Periods is { } periods)
                {
                    stored.PrescribeTemplate(stored.Template ?? StandardTemplates.General, periods);
                }
            }
        }

        return new FileReport(file.File.Path, outcome, code.ToString(), warnings);
    }

    private async Task<FileReport> ImportTemplateAsync(ClassifiedFile file, List<string> warnings, CancellationToken cancellationToken)
    {
        var template = TemplateReader.Read(file.Document.Body, warnings);
        if (template is not null)
        {
            var component = await ParentForAsync(file.Code!, warnings, asComponent: true, cancellationToken);
            component.PrescribeTemplate(template, component.Periods);
        }

        return new FileReport(file.File.Path, ImportOutcome.Template, file.Code!.ToString(), warnings);
    }

    /// <summary>An annex is kept whole as written (its export is the file), attached to its component.</summary>
    private async Task<FileReport> ImportAnnexAsync(ClassifiedFile file, List<string> warnings, CancellationToken cancellationToken)
    {
        var component = await ParentForAsync(file.Code!, warnings, asComponent: true, cancellationToken);
        var content = await cooker.CookProposalAsync(file.File.Content, cancellationToken);
        var fileName = Path.GetFileName(file.File.Path);
        var existing = component.Id == 0 ? null : await db.ProposalAnnexes.SingleOrDefaultAsync(a => a.ProposalId == component.Id && a.FileName == fileName, cancellationToken);
        var outcome = ImportOutcome.Created;
        if (existing is null)
        {
            component.AttachAnnex(file.File.Path, file.Title, content, _now);
        }
        else
        {
            outcome = existing.UpdateFromRecord(file.File.Path, file.Title, content, _now) ? ImportOutcome.Updated : ImportOutcome.Unchanged;
        }

        return new FileReport(file.File.Path, outcome, file.Code!.ToString(), warnings) { IsAnnex = true };
    }

    /// <summary>The proposal with that code, added in this unit of work or stored earlier; null when there is none.</summary>
    private async Task<Proposal?> FindAsync(ProposalCode code, CancellationToken cancellationToken)
    {
        var canonical = code.ToString();
        return db.Proposals.Local.FirstOrDefault(p => p.Code == canonical)
            ?? await db.Proposals.SingleOrDefaultAsync(p => p.Code == canonical, cancellationToken);
    }

    /// <summary>The parent a code implies; when neither the database nor the folder has it, a placeholder records it (reported).</summary>
    private async Task<Proposal> ParentForAsync(ProposalCode code, List<string> warnings, bool asComponent = false, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(code, cancellationToken) is { } existing)
        {
            return existing;
        }

        warnings.Add($"{code} is not in the imported files; a placeholder {(asComponent ? "component" : "parent")} was recorded.");
        var grandParent = code.Parent is { } up ? await ParentForAsync(up, warnings, cancellationToken: cancellationToken) : null;
        var placeholder = Proposal.Recorded(code, grandParent, code.ToString(), string.Empty, _importer, new Domain.Common.CookedMarkdown(string.Empty, string.Empty, string.Empty, Domain.Common.CookedReferences.None), _now);
        db.Proposals.Add(placeholder);
        return placeholder;
    }

    private async Task<(ImportOutcome, Proposal)> RecordAsync(ProposalCode code, Proposal? parent, string title, string body, IReadOnlyList<PreambleEntry> preamble, ProposalStatus status, DateTimeOffset proposedAt, DateTimeOffset? ratifiedAt, CancellationToken cancellationToken)
    {
        var cooked = await cooker.CookProposalAsync(body, cancellationToken);
        var safeTitle = title.Length == 0 ? code.ToString() : title;
        var summary = MipRecordReader.Summary(body);
        if (await FindAsync(code, cancellationToken) is { } existing)
        {
            // A proposal its authors drafted and published here is theirs: a file that names its code (in the heading,
            // the preamble or the path) must not rewrite its text or move it through the lifecycle.
            if (await db.ProposalTransitions.AnyAsync(t => t.ProposalId == existing.Id && t.From == null && t.Reason == ProposalTransition.PublishedHereReason, cancellationToken))
            {
                throw new Domain.Common.NotPermittedException($"{code} was drafted and published on this forum by its authors; an import does not overwrite it.");
            }

            var changed = existing.UpdateFromRecord(safeTitle, summary, cooked, preamble, status, ratifiedAt, _importer, _now);
            return (changed ? ImportOutcome.Updated : ImportOutcome.Unchanged, existing);
        }

        var proposal = Proposal.Recorded(code, parent, safeTitle, summary, _importer, cooked, proposedAt);
        proposal.RecordStatus(status, ratifiedAt ?? proposedAt, _importer);
        proposal.RecordPreamble(preamble, ratifiedAt);
        db.Proposals.Add(proposal);
        return (ImportOutcome.Created, proposal);
    }

    private async Task<Member> ImporterAsync(CancellationToken cancellationToken)
    {
        var importer = await db.Members.SingleOrDefaultAsync(m => m.NormalizedUserName == UserNameRules.Normalize(ImporterUserName), cancellationToken);
        if (importer is null)
        {
            importer = new Member(ImporterUserName, "MIPs repository", _now);
            db.Members.Add(importer);
        }

        return importer;
    }
}
