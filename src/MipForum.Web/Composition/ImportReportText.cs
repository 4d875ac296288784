using System.Text;
using MipForum.Application.Features.Proposals.Import;

namespace MipForum.Web.Composition;

/// <summary>The import report as the operator reads it (command line and /admin/import): counts first, then each file with its warnings.</summary>
public static class ImportReportText
{
    /// <summary>The counts, which add up to the files read.</summary>
    public static string Summary(ImportReport report) =>
        $"{report.FilesRead} files read: {report.Count(ImportOutcome.Created)} created, {report.Count(ImportOutcome.Updated)} updated, "
        + $"{report.Count(ImportOutcome.Unchanged)} unchanged, {report.Count(ImportOutcome.Template)} templates, "
        + $"{report.Count(ImportOutcome.NotAMipDocument)} not MIP documents, {report.Count(ImportOutcome.Skipped)} skipped, {report.Count(ImportOutcome.Failed)} failed; "
        + $"{report.Annexes} of the imported files are annexes; {report.ComponentsFound} components found in MIPs; {report.WarningCount} warnings.";

    public static string Format(ImportReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(Summary(report));
        foreach (var file in report.Files)
        {
            text.AppendLine($"  {file.Path}: {file.Outcome}{(file.IsAnnex ? " annex of" : "")}{(file.Code is null ? "" : " " + file.Code)}");
            foreach (var warning in file.Warnings)
            {
                text.AppendLine($"    warning: {warning}");
            }
        }

        return text.ToString();
    }
}
