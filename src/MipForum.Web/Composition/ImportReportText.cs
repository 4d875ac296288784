using System.Text;
using MipForum.Application.Features.Proposals.Import;

namespace MipForum.Web.Composition;

/// <summary>The import report as the operator reads it: counts first, then each file with its warnings.</summary>
public static class ImportReportText
{
    public static string Format(ImportReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"{report.Files.Count} files: {report.Count(ImportOutcome.Created)} created, {report.Count(ImportOutcome.Updated)} updated, "
            + $"{report.Count(ImportOutcome.Unchanged)} unchanged, {report.Count(ImportOutcome.Template)} templates, "
            + $"{report.Count(ImportOutcome.NotAMipDocument)} not MIP documents, {report.Count(ImportOutcome.Failed)} failed; {report.ComponentsFound} components found in MIPs; {report.WarningCount} warnings.");
        foreach (var file in report.Files)
        {
            text.AppendLine($"  {file.Path}: {file.Outcome}{(file.Code is null ? "" : " " + file.Code)}");
            foreach (var warning in file.Warnings)
            {
                text.AppendLine($"    warning: {warning}");
            }
        }

        return text.ToString();
    }
}
