using System.Text.RegularExpressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MipForum.Application.Common.Interfaces;
using MipForum.Application.Common.Security;
using MipForum.Domain.Members;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals.Import;

/// <summary>
/// Imports a MIPs repository folder: MIP documents (and the components inside them), subproposal templates and
/// subproposals. Every file is accounted for in the report; odd values are kept as written and reported. Importing
/// the same files again updates what changed instead of duplicating.
/// </summary>
public sealed record ImportMipsCommand(IReadOnlyList<MipFile> Files) : ICommand<ImportReport>, IRequirePermission
{
    public Permission RequiredPermission => Permission.ImportProposals;
}

public sealed partial class ImportMipsCommandHandler(IForumDbContext db, IMarkdownCooker cooker, TimeProvider time)
    : ICommandHandler<ImportMipsCommand, ImportReport>
{
    /// <summary>Imported documents are recorded under this member; the people in "Author(s)" stay in the preamble as written.</summary>
    public const string ImporterUserName = "mips.import";

    private readonly Dictionary<string, Proposal> _byCode = new(StringComparer.Ordinal);
    private Member _importer = null!;
    private DateTimeOffset _now;
    private int _components;

    public async ValueTask<ImportReport> Handle(ImportMipsCommand command, CancellationToken cancellationToken)
    {
        _now = time.GetUtcNow();
        _importer = await ImporterAsync(cancellationToken);
        foreach (var proposal in await db.Proposals.Where(p => p.Code != null).ToListAsync(cancellationToken))
        {
            _byCode[proposal.Code!] = proposal;
        }

        var reports = new List<FileReport>();

        // Parents before children: MIPs (and their components), then templates, then subproposals.
        foreach (var file in command.Files.OrderBy(f => Rank(f)).ThenBy(f => f.Path, StringComparer.Ordinal))
        {
            try
            {
                reports.Add(await ImportAsync(file, cancellationToken));
            }
            catch (Exception failure) when (failure is Domain.Common.DomainRuleException or Common.Exceptions.RequestValidationException or FormatException or OverflowException)
            {
                // One unusable file must not stop the others; it is reported, and nothing of it was added.
                var why = failure is Common.Exceptions.RequestValidationException invalid ? string.Join(" ", invalid.Errors.SelectMany(e => e.Value)) : failure.Message;
                reports.Add(new FileReport(file.Path, ImportOutcome.Failed, null, [$"Not imported: {why}"]));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportReport(reports) { ComponentsFound = _components };
    }

    private static int Rank(MipFile file) => Classify(file) switch
    {
        FileKind.Mip => 0,
        FileKind.Template or FileKind.GeneralTemplate => 1,
        FileKind.Subproposal => 2,
        _ => 3,
    };

    private enum FileKind
    {
        Mip,
        Template,
        GeneralTemplate,
        Subproposal,
        Other,
    }

    private static FileKind Classify(MipFile file)
    {
        var name = System.IO.Path.GetFileName(file.Path);
        if (!name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.Other;
        }

        if (TemplateFileName().Match(name) is { Success: true } template && ProposalCode.TryParse(template.Groups["code"].Value, out _))
        {
            return FileKind.Template;
        }

        if (name.Contains("template", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.GeneralTemplate;
        }

        var heading = MipRecordReader.SplitHeading(MipDocument.Parse(file.Content).Heading).Code;
        return heading?.Kind switch
        {
            ProposalKind.Mip => FileKind.Mip,
            ProposalKind.Subproposal => FileKind.Subproposal,
            _ => FileKind.Other,
        };
    }

    private async Task<FileReport> ImportAsync(MipFile file, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var document = MipDocument.Parse(file.Content);
        warnings.AddRange(document.Warnings);
        switch (Classify(file))
        {
            case FileKind.Template:
                return ImportTemplate(file, document, warnings);
            case FileKind.GeneralTemplate:
                warnings.Add("A general template: MipForum's built-in general template (MIP0) is used for new MIPs.");
                return new FileReport(file.Path, ImportOutcome.Template, null, warnings);
            case FileKind.Mip or FileKind.Subproposal:
                return await ImportDocumentAsync(file, document, warnings, cancellationToken);
            default:
                warnings.Clear();
                warnings.Add(file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                    ? "Not a MIP, component template or subproposal (no '# MIPn…: Title' heading); not imported."
                    : "Not a markdown file; not imported.");
                return new FileReport(file.Path, ImportOutcome.NotAMipDocument, null, warnings);
        }
    }

    private async Task<FileReport> ImportDocumentAsync(MipFile file, MipDocument document, List<string> warnings, CancellationToken cancellationToken)
    {
        var (code, title) = MipRecordReader.SplitHeading(document.Heading);
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

        var parent = code!.Parent is { } parentCode ? ParentFor(parentCode, warnings) : null;
        var (outcome, proposal) = await RecordAsync(code, parent, title, document.Body, document.Preamble, status, proposedAt ?? _now, ratifiedAt, cancellationToken);
        proposal.SetTags((document.Find("Tags")?.Value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries));
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

        return new FileReport(file.Path, outcome, code.ToString(), warnings);
    }

    private FileReport ImportTemplate(MipFile file, MipDocument document, List<string> warnings)
    {
        var code = ProposalCode.Parse(TemplateFileName().Match(System.IO.Path.GetFileName(file.Path)).Groups["code"].Value);
        var template = TemplateReader.Read(document.Body, warnings);
        if (template is null)
        {
            return new FileReport(file.Path, ImportOutcome.Template, code.ToString(), warnings);
        }

        var component = ParentFor(code, warnings, asComponent: true);
        component.PrescribeTemplate(template, component.Periods);
        return new FileReport(file.Path, ImportOutcome.Template, code.ToString(), warnings);
    }

    /// <summary>The parent a code implies; when the folder does not contain it, a placeholder records it (reported).</summary>
    private Proposal ParentFor(ProposalCode code, List<string> warnings, bool asComponent = false)
    {
        if (_byCode.TryGetValue(code.ToString(), out var existing))
        {
            return existing;
        }

        warnings.Add($"{code} is not in the imported files; a placeholder {(asComponent ? "component" : "parent")} was recorded.");
        var grandParent = code.Parent is { } up ? ParentFor(up, warnings) : null;
        var placeholder = Proposal.Recorded(code, grandParent, code.ToString(), string.Empty, _importer, new Domain.Common.CookedMarkdown(string.Empty, string.Empty), _now);
        db.Proposals.Add(placeholder);
        _byCode[code.ToString()] = placeholder;
        return placeholder;
    }

    private async Task<(ImportOutcome, Proposal)> RecordAsync(ProposalCode code, Proposal? parent, string title, string body, IReadOnlyList<PreambleEntry> preamble, ProposalStatus status, DateTimeOffset proposedAt, DateTimeOffset? ratifiedAt, CancellationToken cancellationToken)
    {
        var cooked = await cooker.CookProposalAsync(body, cancellationToken);
        var safeTitle = title.Length == 0 ? code.ToString() : title;
        var summary = MipRecordReader.Summary(body);
        if (_byCode.TryGetValue(code.ToString(), out var existing))
        {
            var changed = existing.UpdateFromRecord(safeTitle, summary, cooked, preamble, status, ratifiedAt, _importer, _now);
            return (changed ? ImportOutcome.Updated : ImportOutcome.Unchanged, existing);
        }

        var proposal = Proposal.Recorded(code, parent, safeTitle, summary, _importer, cooked, proposedAt);
        proposal.RecordStatus(status, ratifiedAt ?? proposedAt, _importer);
        proposal.RecordPreamble(preamble, ratifiedAt);
        db.Proposals.Add(proposal);
        _byCode[code.ToString()] = proposal;
        return (ImportOutcome.Created, proposal);
    }

    private async Task<Member> ImporterAsync(CancellationToken cancellationToken)
    {
        var importer = await db.Members.SingleOrDefaultAsync(m => m.UserName == ImporterUserName, cancellationToken);
        if (importer is null)
        {
            importer = new Member(ImporterUserName, "MIPs repository", _now);
            db.Members.Add(importer);
        }

        return importer;
    }

    [GeneratedRegex(@"^(?<code>MIP\d+c\d+)-Subproposal-Template\.md$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TemplateFileName();
}
