using System.Text.RegularExpressions;
using MipForum.Domain.Proposals;

namespace MipForum.Application.Features.Proposals.Import;

internal enum MipFileKind
{
    Mip,
    Subproposal,
    Template,
    GeneralTemplate,

    /// <summary>A component's annex (<c>MIP10/MIP10c5-List-of-Active-Oracles.md</c>): content shown with its component.</summary>
    Annex,

    /// <summary>A file the repository keeps for itself (README.md, active_tags.md, placeholder.md, an empty file): skipped.</summary>
    Skipped,
    Other,
}

/// <summary>What a file is, the code it belongs to and, for a document, its title; with the warnings the reading left.</summary>
internal sealed record ClassifiedFile(MipFile File, MipFileKind Kind, ProposalCode? Code, MipDocument Document, string Title, string? Reason, IReadOnlyList<string> Warnings)
{
    /// <summary>The file has a title heading without a code (the Endgame MIPs): its export keeps it that way.</summary>
    public bool HeadingOmitsCode => Document.Heading is not null && MipRecordReader.SplitHeading(Document.Heading).Code is null;
}

/// <summary>
/// Sorts the files of a MIPs repository folder. A document's code comes from its heading (<c># MIP101: Title</c>),
/// else its preamble (<c>MIP#: 101</c>, <c>MIP102c2-SP#: 14</c>), else its file name (<c>MIP101.md</c>); when they
/// disagree the heading wins, then the preamble, and a warning names both (ADR 0010).
/// </summary>
internal static partial class MipFileClassifier
{
    private static readonly MipDocument NotParsed = new(null, [], string.Empty, []);

    private static readonly HashSet<string> RepositoryFiles = new(StringComparer.OrdinalIgnoreCase) { "README.md", "active_tags.md", "CONTRIBUTING.md" };

    public static ClassifiedFile Classify(MipFile file)
    {
        var name = Path.GetFileName(file.Path);
        // Parsed only once the file is known to be markdown with content (an archive may hold large binary files).
        var document = NotParsed;
        ClassifiedFile As(MipFileKind kind, ProposalCode? code = null, string title = "", string? reason = null, IReadOnlyList<string>? warnings = null) =>
            new(file, kind, code, document, title, reason, warnings ?? document.Warnings);

        if (!name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return As(MipFileKind.Other, reason: "Not a markdown file; not imported.", warnings: []);
        }

        if (RepositoryFiles.Contains(name) || name.Equals("placeholder.md", StringComparison.OrdinalIgnoreCase))
        {
            return As(MipFileKind.Skipped, reason: $"A {(name.StartsWith("placeholder", StringComparison.OrdinalIgnoreCase) ? "placeholder" : "repository file")} with no MIP content; skipped.", warnings: []);
        }

        if (file.Content.Trim().Length == 0)
        {
            return As(MipFileKind.Skipped, reason: "An empty file; skipped.", warnings: []);
        }

        document = MipDocument.Parse(file.Content);
        if (TemplateFileName().Match(name) is { Success: true } template && ProposalCode.TryParse(template.Groups["code"].Value, out var templateOf))
        {
            return As(MipFileKind.Template, templateOf);
        }

        var warnings = document.Warnings.ToList();
        var (code, title) = DocumentCode(file.Path, document, warnings);

        // A file named after a component is its annex, even when its heading or preamble names the MIP (that would
        // overwrite the MIP's own text); only a subproposal's code (MIP102c2-SP14-Amendment.md) makes it a document.
        if (AnnexFileName().Match(name) is { Success: true } annex && ProposalCode.TryParse(annex.Groups["code"].Value, out var component) && code?.Kind != ProposalKind.Subproposal)
        {
            return As(MipFileKind.Annex, component, MipRecordReader.SplitHeading(document.Heading).Title is { Length: > 0 } heading ? heading : annex.Groups["rest"].Value.Replace('-', ' '), warnings: []);
        }

        if (code?.Kind is ProposalKind.Mip or ProposalKind.Subproposal)
        {
            return As(code.Kind == ProposalKind.Mip ? MipFileKind.Mip : MipFileKind.Subproposal, code, title, warnings: warnings);
        }

        if (name.Contains("template", StringComparison.OrdinalIgnoreCase))
        {
            return As(MipFileKind.GeneralTemplate, reason: "A general template: MipForum's built-in general template (MIP0) is used for new MIPs.", warnings: []);
        }

        return As(MipFileKind.Other, reason: "Not a MIP, component template, annex or subproposal (no MIP code in its heading, preamble or file name); not imported.", warnings: []);
    }

    private static (ProposalCode? Code, string Title) DocumentCode(string path, MipDocument document, List<string> warnings)
    {
        var (fromHeading, title) = MipRecordReader.SplitHeading(document.Heading);
        var fromPreamble = PreambleCode(document);
        var fromPath = ProposalCode.TryParse(Path.GetFileNameWithoutExtension(path), out var stem) ? stem : null;
        var sources = new (string Name, ProposalCode? Code)[] { ("heading", fromHeading), ("preamble", fromPreamble), ("file name", fromPath) };
        var chosen = sources.FirstOrDefault(s => s.Code is not null);
        if (chosen.Code is null)
        {
            return (null, title);
        }

        if (fromHeading is null)
        {
            warnings.Add($"The heading has no code; {chosen.Code} is taken from the {chosen.Name}.");
        }

        foreach (var other in sources.Where(s => s.Code is not null && s.Name != chosen.Name && !Agree(s.Code!, chosen.Code)))
        {
            warnings.Add($"The {chosen.Name} says {chosen.Code} but the {other.Name} says {other.Code}; the {chosen.Name}'s {chosen.Code} is used.");
        }

        return (chosen.Code, title);
    }

    /// <summary>Two codes agree when they are the same or one is the other's ancestor (a subproposal's preamble naming its MIP).</summary>
    private static bool Agree(ProposalCode a, ProposalCode b) => IsSelfOrAncestor(a, b) || IsSelfOrAncestor(b, a);

    private static bool IsSelfOrAncestor(ProposalCode ancestor, ProposalCode code)
    {
        for (ProposalCode? up = code; up is not null; up = up.Parent)
        {
            if (up == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The code a preamble states: <c>MIP102c2-SP#: 14</c> for a subproposal, <c>MIP#: 101</c> for a MIP.</summary>
    private static ProposalCode? PreambleCode(MipDocument document)
    {
        foreach (var entry in document.Preamble.Where(e => e.Value is not null))
        {
            if (SubproposalNumberKey().Match(entry.Key) is { Success: true } key && ProposalCode.TryParse($"{key.Groups["component"].Value}-SP{entry.Value!.Trim()}", out var subproposal))
            {
                return subproposal;
            }
        }

        return document.Find("MIP#") is { } mip && ProposalCode.TryParse("MIP" + mip.Value.Trim(), out var code) ? code : null;
    }

    [GeneratedRegex(@"^(?<code>MIP\d+c\d+)-Subproposal-Template\.md$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TemplateFileName();

    [GeneratedRegex(@"^(?<code>MIP\d+c\d+)-(?<rest>.+)\.md$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnexFileName();

    [GeneratedRegex(@"^(?<component>MIP\d+c\d+)-SP#$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubproposalNumberKey();
}
