using System.Globalization;
using MipForum.Domain.Common;
using MipForum.Domain.Members;

namespace MipForum.Domain.Proposals;

public sealed partial class Proposal
{
    /// <summary>
    /// Brings a recorded proposal in line with the governance record (a re-import): text, preamble, status and dates.
    /// A changed text keeps the previous one as a revision. Returns whether anything changed.
    /// </summary>
    public bool UpdateFromRecord(string title, string summary, CookedMarkdown body, IReadOnlyList<PreambleEntry> preamble, ProposalStatus status, DateTimeOffset? ratifiedAt, Member importer, DateTimeOffset now)
    {
        if (IsDraft)
        {
            throw new DomainRuleException("A draft is not part of the governance record.");
        }

        var newTitle = RequireTitle(title);
        var newSummary = RequireSummary(summary);
        var changed = false;
        if (newTitle != Title || body.Markdown != BodyMarkdown || newSummary != Summary)
        {
            _revisions.Add(new ProposalRevision(this, Version, Title, BodyMarkdown, ContentChangedAt, importer, "Re-imported from the MIPs repository.", false));
            Title = newTitle;
            Summary = newSummary;
            BodyMarkdown = body.Markdown;
            BodyCooked = body.Html;
            ContentChangedAt = now;
            Version++;
            changed = true;
        }

        if (!Preamble.SequenceEqual(preamble))
        {
            Preamble = preamble.ToList();
            changed = true;
        }

        if (status != Status)
        {
            RecordStatus(status, now);
            changed = true;
        }

        if (ratifiedAt != RatifiedAt)
        {
            RatifiedAt = ratifiedAt;
            changed = true;
        }

        if (changed)
        {
            UpdatedAt = now;
        }

        return changed;
    }

    /// <summary>Sets the preamble as the record has it (an import) and the ratification date read from it.</summary>
    public void RecordPreamble(IReadOnlyList<PreambleEntry> preamble, DateTimeOffset? ratifiedAt)
    {
        Preamble = preamble.ToList();
        RatifiedAt = ratifiedAt;
    }

    /// <summary>The proposal in the MIPs repository's layout; a proposal without a stored preamble gets the standard keys.</summary>
    public string ToDocument()
    {
        if (IsDraft)
        {
            throw new DomainRuleException("A draft has no document yet; publish it first.");
        }

        var code = ParsedCode;
        var preamble = Preamble.Count > 0
            ? Preamble
            :
            [
                code.Kind == ProposalKind.Subproposal
                    ? new PreambleEntry($"MIP{code.Mip}c{code.Component}-SP#", code.Subproposal!.Value.ToString(CultureInfo.InvariantCulture))
                    : new PreambleEntry("MIP#", code.Mip.ToString(CultureInfo.InvariantCulture)),
                new PreambleEntry("Title", Title),
                new PreambleEntry("Author(s)", "@" + Author.UserName),
                new PreambleEntry("Status", Status.DisplayName()),
                new PreambleEntry("Date Proposed", ProposedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new PreambleEntry("Date Ratified", RatifiedAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty),
            ];
        return MipDocument.Write($"{Code}: {Title}", preamble, BodyMarkdown);
    }
}
