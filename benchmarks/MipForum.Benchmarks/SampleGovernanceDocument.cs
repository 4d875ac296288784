using System.Globalization;
using System.Text;

namespace MipForum.Benchmarks;

/// <summary>
/// A generated governance document of about 90,000 characters, the size of the longest real MIPs: a preamble, then
/// numbered components with sub-headings, paragraphs with links, mentions and proposal codes, lists and tables.
/// Generated here, not copied from any repository.
/// </summary>
internal static class SampleGovernanceDocument
{
    public const int TargetLength = 90_000;

    public static string Markdown { get; } = Build();

    /// <summary>The body alone, as a proposal stores it (the preamble goes to its own column).</summary>
    public static string Body { get; } = Domain.Proposals.MipDocument.Parse(Markdown).Body;

    private static string Build()
    {
        var text = new StringBuilder("""
            # MIP950: Generated Governance Document

            ## Preamble

            ```
            MIP#: 950
            Title: Generated Governance Document
            Author(s): @lena.v, @sato-k
            Status: Accepted
            Date Proposed: 2024-08-01
            Date Ratified: 2024-09-01
            ```

            ## Sentence Summary

            A generated document as long as the longest governance documents, for measuring cooking, rendering and export.

            ## Specification

            """);
        for (var component = 1; text.Length < TargetLength; component++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### MIP950c{component}: Component {component}\n\n");
            for (var part = 1; part <= 6 && text.Length < TargetLength; part++)
            {
                text.Append(CultureInfo.InvariantCulture, $"#### MIP950c{component}.{part}: Rules of part {part}\n\n");
                text.Append(CultureInfo.InvariantCulture, $"The facilitator named in MIP41c5 keeps the record of part {part}; @moshe_f reviews it. Decisions cite [the vote](https://example.org/votes/{component}-{part}) and **the date** it closed.\n\n");
                text.Append("1. A record is published within *14 days* of the decision.\n2. A late record is reported to the delegates, with the reason.\n3. Corrections are appended, never overwritten.\n\n");
                text.Append("| Role | Duty | Review |\n|---|---|---|\n| Facilitator | keeps the record | monthly |\n| Delegate | reads the record | quarterly |\n\n");
                text.Append("A member may ask for any record, and the answer quotes it in full so that the question and the answer can be read together later, without going back to the original thread or the vote.\n\n");
            }
        }

        return text.ToString();
    }
}
